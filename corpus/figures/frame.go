package figures

// A figure's frame says what it counts in slots that do not depend on the
// language or the wording, so that "rund 11.000 Soldaten im Einsatz" and
// "about 11,000 troops deployed" meet, while "700 of the fighters sent are
// thought to have died" does not meet the troops sent:
//
//   - Measure: what happened to or is true of the counted things, from the
//     closed vocabulary below;
//   - Actor: whose people or things ("nordkoreanische", "North Korean",
//     "Pyongyang's" are one actor once linked);
//   - Thing: the counted family (people, soldiers, trains, euros' topic);
//   - Per: the unit of a rate ("pro Tag", "per household");
//   - Among: the people a share is limited to ("among first-time voters");
//   - Part: a subset of a count the text gives, said of with the same
//     measure ("60 Container über Bord, darunter neun mit Gefahrgut",
//     "Eleven of the lost boxes");
//   - Place: where, a soft slot that never splits a comparison;
//   - Period: another time than the current event ("2002", "past").
//
// Groups are one story and one frame: value never splits a group on its
// own (see Groups).

// Measure is what a figure says happened to or is true of what it counts.
type Measure string

// The measures. Empty means the text says nothing about it.
const (
	Present       Measure = "present"       // deployed, stationed, on duty, in place; members
	Sent          Measure = "sent"          // sent in addition ("weitere", "additional")
	Participating Measure = "participating" // on strike, at a rally, taking part
	Killed        Measure = "killed"        // dead, died, killed, fallen
	Wounded       Measure = "wounded"       // injured, wounded
	Casualties    Measure = "casualties"    // killed and wounded together, losses, victims
	Missing       Measure = "missing"
	Captured      Measure = "captured" // captured, detained, arrested, prisoners, hostages
	Released      Measure = "released" // released, freed, exchanged
	Treated       Measure = "treated"  // treated or admitted in hospital: a part of the injured
	Rescued       Measure = "rescued"
	Evacuated     Measure = "evacuated" // evacuated, fled, displaced, homeless
	Sheltered     Measure = "sheltered" // housed in shelters
	Affected      Measure = "affected"  // affected, stranded, without power
	Cancelled     Measure = "cancelled"
	Damaged       Measure = "damaged"
	Destroyed     Measure = "destroyed"
	Cost          Measure = "cost"      // a cost, a damage, a loss in money
	Paid          Measure = "paid"      // paid, pledged, granted, invested, aid
	Demanded      Measure = "demanded"  // demanded, called for
	Offered       Measure = "offered"   // offered, proposed
	Agreed        Measure = "agreed"    // agreed in a settlement
	Delivered     Measure = "delivered" // delivered, shipped, supplied
	Lost          Measure = "lost"      // things lost: gone overboard, sunk, washed away
	Recovered     Measure = "recovered" // things recovered: salvaged, lifted, retrieved
	Needed        Measure = "needed"    // needed for something: a majority, a quorum
	Measured      Measure = "measured"  // a level, an area, a speed, an amount of rain
	Share         Measure = "share"     // a percentage of a whole
)

// Frame is what a figure counts, in language-independent slots.
type Frame struct {
	Measure Measure `json:"measure"`
	// Actor names whose people or things are counted, as the entity list
	// calls it; ActorID is what actors are compared by.
	Actor   string `json:"actor"`
	ActorID string `json:"actor_id,omitempty"`
	Thing   string `json:"thing"`
	Per     string `json:"per,omitempty"`
	// Among is the group of people a share is limited to ("among
	// first-time voters", "unter den Erstwählern": "voters"): a share of
	// them is not the share of all.
	Among string `json:"among,omitempty"`
	// Part marks a subset of a count: "part" when the figure is a part of
	// one with the same measure, which it is not comparable with.
	Part  string `json:"part,omitempty"`
	Place string `json:"place"`
	// Period is the time a figure is about when its sentence sets it in
	// another year than the current event's ("2002", "1990s", "past" for
	// "damals", "last year"); "" for the current event.
	Period string `json:"period,omitempty"`
}
