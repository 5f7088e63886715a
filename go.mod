module quellen

go 1.26.8

require golang.org/x/text v0.43.0

require github.com/sahilm/fuzzy v0.1.3 // indirect
