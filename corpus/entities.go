package corpus

import "io"

// EntityType is the kind of a named entity.
type EntityType string

const (
	Person EntityType = "person"
	Place  EntityType = "place"
	Org    EntityType = "org"
	Other  EntityType = "other"
)

// Mention is one occurrence of an entity in a paragraph.
type Mention struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// Entity is a person, place or organisation with every name it goes by.
type Entity struct {
	ID       int        `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Mentions []Mention  `json:"mentions"`
}

// Aliases holds the user's corrections: alias -> canonical name, and
// name -> type.
type Aliases struct {
	Canonical map[string]string
	Types     map[string]EntityType
}

// ParseAliases reads a corrections file: one "alias<TAB>canonical" or
// "name<TAB>type" per line; blank lines and lines starting with # are ignored.
func ParseAliases(r io.Reader) (*Aliases, error) { return &Aliases{}, nil }

// ExtractEntities finds and links the entities of all articles.
func ExtractEntities(articles []*Article, aliases *Aliases) []*Entity { return nil }
