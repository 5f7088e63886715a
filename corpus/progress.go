package corpus

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// workerCount is how many goroutines an analysis may use.
func (c *Corpus) workerCount() int {
	if c.workers > 0 {
		return c.workers
	}
	return runtime.GOMAXPROCS(0)
}

// fillAll makes every article whole, once, when they are lazy.
func (c *Corpus) fillAll() {
	if c.fetch == nil {
		return
	}
	c.fillOnce.Do(func() {
		var wg sync.WaitGroup
		n := c.workerCount()
		for w := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(c.Articles); i += n {
					c.fetch(i)
					c.filled.Add(1)
				}
			}()
		}
		wg.Wait()
	})
}

// Progress says which analyses are computed; it never waits.
type Progress struct {
	Articles, Read          int // articles, and how many are read whole (lazy articles)
	Index, Entities, Figure bool
}

// Progress returns what is computed so far.
func (c *Corpus) Progress() Progress {
	p := Progress{Articles: len(c.Articles), Read: len(c.Articles),
		Index: c.indexDone.Load(), Entities: c.entitiesDone.Load(), Figure: c.figuresDone.Load()}
	if c.fetch != nil {
		p.Read = int(c.filled.Load())
	}
	return p
}

// Done reports whether every analysis is computed.
func (p Progress) Done() bool { return p.Index && p.Entities && p.Figure }

// String names what is still being computed: "reading 4 100 / 10 000 ·
// entities… · figures…"; "" when all is done.
func (p Progress) String() string {
	var parts []string
	if p.Read < p.Articles && (!p.Entities || !p.Figure) {
		parts = append(parts, fmt.Sprintf("reading %s / %s", thousands(p.Read), thousands(p.Articles)))
	}
	for _, s := range []struct {
		done bool
		name string
	}{{p.Index, "search index"}, {p.Entities, "entities"}, {p.Figure, "figures"}} {
		if !s.done {
			parts = append(parts, s.name+"…")
		}
	}
	return strings.Join(parts, " · ")
}

// thousands writes n with a space between groups of three: 10 000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + " " + s[i:]
	}
	return s
}
