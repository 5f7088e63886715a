module quellen

go 1.26.8

require (
	github.com/sahilm/fuzzy v0.1.3
	github.com/yuin/goldmark v1.8.7
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)
