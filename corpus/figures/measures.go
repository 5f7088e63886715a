package figures

import (
	"strings"

	"quellen/corpus/internal/lang"
)

// Cues for a figure's measure: verbs, participles and nouns anywhere in its
// clause, not only next to the number ("ums Leben gekommen", "are thought
// to have died", "mussten ihre Häuser verlassen"). Each cue is a sequence
// of word prefixes, one per token, in German or English.

// cueClass says what a measure can be said of.
type cueClass uint8

const (
	forAlive  cueClass = 1 << iota // people, soldiers, workers
	forThings                      // trains, houses, containers
	forMoney
	forAny = forAlive | forThings | forMoney
)

type cue struct {
	m     Measure
	class cueClass
	seq   []string // word prefixes
	// exact: the words must match whole, not as prefixes.
	exact bool
}

var measureCues = map[string][]cue{"de": cues(deCues), "en": cues(enCues)}

// cueIndex finds the cues that may match a word by its first three bytes
// (two for "im", "in", "on"),
// since measureIn asks for every word of every figure's clause.
var cueIndex = func() map[string]map[string][]cue {
	idx := map[string]map[string][]cue{}
	for l, cs := range measureCues {
		idx[l] = map[string][]cue{}
		for _, c := range cs {
			k := c.seq[0][:min(3, len(c.seq[0]))]
			idx[l][k] = append(idx[l][k], c)
		}
	}
	return idx
}()

// cueList is one language's cues: per measure, what it can be said of,
// whether words match whole, and the cues, comma-separated.
type cueList []struct {
	m     Measure
	class cueClass
	exact bool
	list  string
}

var deCues = cueList{
	{Killed, forAlive, false, `getötet, tötete, töten, starb, gestorben, sterb, verstorb, umgekommen, ums leben,
		leben verloren, leben gelassen, todesopfer, tote, tot`},
	{Killed, forAlive, true, `gefallen, gefallene, gefallenen, fielen`},
	{Wounded, forAlive, false, `verletzt, verwundet, verletzung`},
	{Missing, forAlive, false, `vermisst, verschollen`},
	{Captured, forAlive, false, `gefangen, gefangennahme, festgenommen, festnahme, verhaftet,
		inhaftiert, in gefangenschaft, entführt`},
	{Released, forAlive, false, `freigelassen, freigekommen, freilassung, ausgetauscht, austausch, übergeben`},
	{Rescued, forAlive, false, `gerettet, rettung, aus dem wasser gezogen, geborgen, lebend, aus den trümmern`},
	{Evacuated, forAlive, false, `evakuier, in sicherheit gebracht, flohen, geflohen, flüchteten, geflüchtet, flucht,
		vertrieben, häuser verlassen, wohnungen verlassen, heimat verlassen, obdachlos`},
	{Sheltered, forAlive, false, `notunterkunft, notunterkünft, untergebracht, unterkunft, in zelten, zeltlager, notlager`},
	{Treated, forAlive, false, `behandelt, behandeln, eingeliefert, stationär, im krankenhaus, ins krankenhaus, in krankenhäusern,
		in kliniken, in eine klinik, in den krankenhäusern, in den kliniken, im spital, ins spital`},
	{Affected, forAlive | forThings, false, `betroffen, ohne strom, gestrandet, sitzen fest, saßen fest, festsitz,
		abgeschnitten, warten, warteten, wartend, stauen sich, stauten sich, vor anker, auf der reede`},
	{Participating, forAlive, false, `streik, ausstand, arbeit nieder, arbeitsniederlegung, beteiligt, nahmen teil,
		teilnahm, teilnehmen, demonstrier, protestier, auf die straße, kundgebung`},
	{Cancelled, forThings, false, `fallen aus, fielen aus, ausgefallen, ausfall, gestrichen, abgesagt, storniert,
		eingestellt`},
	{Damaged, forThings, false, `beschädigt`},
	{Destroyed, forThings, false, `zerstört, eingestürzt, dem erdboden, abgeschossen, abgefangen, vernichtet`},
	{Sent, forThings, false, `abgefeuert, feuerte, gestartet, startete, losgeschickt`},
	{Delivered, forThings, false, `geliefert, lieferung, liefert, verschifft`},
	{Lost, forThings, false, `über bord, verloren, versunken, gesunken, weggespült, fortgespült`},
	{Recovered, forThings, false, `geborgen, bergung, gehoben, aufgefischt, sichergestellt`},
	{Present, forThings, false, `registriert, verzeichnet, gezählt, gemessen`}, // "120 Nachbeben registriert": there were
	{Needed, forAny, false, `nötig, notwendig, benötigt, erforderlich, für eine mehrheit, für die mehrheit, mehrheit liegt`},
	{Present, forAlive, false, `entsand, entsend, schickt, schicke, geschickt, gebracht, verlegt, stationiert, im einsatz, eingesetzt,
		befinden sich, befanden sich, zusammengezogen, transportiert, mobilisiert, vertritt, vertreten`},
	{Sent, forAlive, true, `weitere, weiterer, weiteren, zusätzliche, zusätzlichen`},
	{Cost, forMoney, false, `kost, schaden, schäden, verlust, verliert, verlor, einbuße, ausfälle, beziffert`},
	{Paid, forMoney, false, `zugesagt, zusage, bereitgestellt, bereitstellen, zahlt, gezahlt, investier, spende,
		spendet, überwies, hilfe, hilfs, unterstützung`},
	{Demanded, forMoney, false, `fordert, forderung, verlangt, gefordert`},
	{Offered, forMoney, false, `bietet, angebot, angeboten, geboten`},
	{Agreed, forMoney, false, `einigung, geeinigt, vereinbart, einigten, abschluss, tarifabschluss, schlichterspruch`},
}

var enCues = cueList{
	{Killed, forAlive, false, `kill, died, dies, perish, lost their lives, fatalit, death toll, deaths, dead`},
	{Killed, forAlive, true, `die, fell, toll`},
	{Wounded, forAlive, false, `wound, injur, hurt, treated for, being treated for`}, // treated for a harm: harmed
	{Missing, forAlive, false, `missing, unaccounted`},
	{Captured, forAlive, false, `captur, detain, arrest, taken prisoner, held prisoner, abduct, seized`},
	{Released, forAlive, false, `releas, freed, exchang, swapped, handed over`},
	{Rescued, forAlive, false, `rescu, saved, pulled from, airlifted, alive, from the rubble`},
	{Evacuated, forAlive, false, `evacuat, fled, flee, displac, forced from, forced to leave, left their homes,
		homeless, uprooted, lost their homes, lost their home, lose their homes`},
	{Sheltered, forAlive, false, `shelter, housed, accommodat, in tents, camps`},
	{Treated, forAlive, false, `treated, treating, hospitalis, hospitaliz, admitted to, in hospital, to hospital, to the hospital`},
	{Affected, forAlive | forThings, false, `affect, stranded, without power, cut off, waiting, queue, at anchor`},
	{Participating, forAlive, false, `strike, striking, walk out, walked out, walkout, stopped work, stop work, downed tools, took part, take part, taking part,
		joined the, marched,
		rallied, protest, demonstrat, turned out`},
	{Cancelled, forThings, false, `cancel, scrapped, axed, not running, halted, suspended`},
	{Damaged, forThings, false, `damag`},
	{Destroyed, forThings, false, `destroy, collaps, flatten, razed, wiped out, shot down, downed, intercepted`},
	{Sent, forThings, false, `launched, fired`},
	{Delivered, forThings, false, `deliver, shipped, supplied`},
	{Lost, forThings, false, `overboard, into the sea, lost, sank, sunk, washed away`},
	{Recovered, forThings, false, `recovered, salvag, retrieved, lifted, fished out`},
	{Present, forThings, false, `recorded, registered, counted, logged`},
	{Needed, forAny, false, `needed, required, necessary, for a majority, for a quorum`},
	{Present, forAlive, false, `deploy, station, dispatch, sent, on duty, on the ground, in action, in place, involved,
		mobilis, mobiliz, brought in, represent`},
	{Sent, forAlive, true, `additional, another, further, extra, reinforcements`},
	{Cost, forMoney, false, `cost, damage, loss, lose, lost, bill, price tag`},
	{Paid, forMoney, false, `pledg, paid, pays, paying, grant, allocat, invest, donat, provid, earmark, assistance,
		package`},
	{Paid, forMoney, true, `aid`},
	{Demanded, forMoney, false, `demand, calls for, call for, seeks, asking for`},
	{Offered, forMoney, false, `offer, propos`},
	{Agreed, forMoney, false, `agreed, agreement, deal, settlement, settled`},
}

func cues(l cueList) []cue {
	var out []cue
	for _, e := range l {
		for _, c := range strings.Split(e.list, ",") {
			if f := strings.Fields(c); len(f) > 0 {
				out = append(out, cue{e.m, e.class, f, e.exact})
			}
		}
	}
	return out
}

// match reports whether the cue matches at token k.
func (c cue) match(x *extractor, k, to int) bool {
	if k+len(c.seq) > to {
		return false
	}
	for i, p := range c.seq {
		w := x.word(k + i)
		if w == "" || c.exact && w != p || !c.exact && !strings.HasPrefix(w, p) {
			return false
		}
	}
	return true
}

// cueClassOf is the class a figure's thing falls in. A percentage that is
// no share of a whole ("8,5 Prozent mehr Lohn") is an amount like money:
// demanded, offered, agreed.
func cueClassOf(f *Figure) cueClass {
	switch {
	case f.Kind == KindMoney, f.Kind == KindPercent && f.shareHead < 0:
		return forMoney
	case animate[f.Thing]:
		return forAlive
	}
	return forThings
}

// events outrank states: "700 of the fighters sent are thought to have
// died" counts the dead.
func isState(m Measure) bool { return m == Present || m == Sent }

// measureIn reads the measure of figure f from the cues in tokens
// [from, to), skipping the figure's own tokens: events before states,
// then the cue nearest the number, where every comma between them counts
// as ten words.
func (x *extractor) measureIn(f *Figure, from, to int) Measure {
	class := cueClassOf(f)
	type found struct {
		m    Measure
		dist int
	}
	var best []found
	for k := from; k < to; k++ {
		if k >= f.first && k <= f.numLast {
			continue // the number and its qualifier, not the counted phrase
		}
		w := x.word(k)
		if len(w) < 2 {
			continue // no cue is shorter
		}
		cands := cueIndex[x.lang][w[:min(3, len(w))]]
		if len(w) > 2 {
			cands = append(cands[:len(cands):len(cands)], cueIndex[x.lang][w[:2]]...) // "in Sicherheit", "on duty"
		}
		for _, c := range cands {
			if c.class&class == 0 || !c.match(x, k, to) {
				continue
			}
			if c.m == Rescued && f.Thing == "responders" {
				break // "rescuers", "Rettungsdienst": those who rescue are not rescued
			}
			if x.governed(k) {
				break // "bei der Evakuierung", "with the rescue": not what happened to them
			}
			best = append(best, found{c.m, x.cueDistance(f, k)})
			break
		}
	}
	got, dist, killed, wounded, treated := Measure(""), 1<<30, false, false, false
	for _, b := range best {
		killed = killed || b.m == Killed || b.m == Missing && wounded
		wounded = wounded || b.m == Wounded
		treated = treated || b.m == Treated
		better := got == "" || isState(got) && !isState(b.m) || isState(got) == isState(b.m) && b.dist < dist
		if better {
			got, dist = b.m, b.dist
		}
	}
	if killed && wounded {
		return Casualties // "killed or wounded", "Tote und Verletzte"
	}
	if wounded && treated && got == Wounded {
		return Treated // "300 Verletzte werden in Krankenhäusern behandelt": the part in hospital
	}
	return got
}

// cueDistance is how far a cue at token k is from figure f, commas
// counting ten words each.
func (x *extractor) cueDistance(f *Figure, k int) int {
	lo, hi := k, f.first
	if k > f.last {
		lo, hi = f.last, k
	}
	d := hi - lo
	for i := lo; i < hi; i++ {
		if isPunct(x.toks[i], ",") {
			d += 10
		}
	}
	return d
}

// governed reports a noun cue inside a prepositional phrase: "bei der
// Evakuierung", "helped with the rescue": the counted did not undergo it.
func (x *extractor) governed(k int) bool {
	if x.lang == "de" && !isUpperWord(x.tokAt(k)) {
		return false // verbs and participles are never governed
	}
	j := k - 1
	if determiners[x.word(j)] {
		j--
	}
	return governingPreps[x.word(j)]
}

var governingPreps = lang.Words(`bei beim mit während nach für zur zum vor wegen with during after for before
	because`)
