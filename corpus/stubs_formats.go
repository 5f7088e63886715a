package corpus

// parseHTML and parseMarkdown: to be written (html.go, markdown.go).
func parseHTML(text string) (docMeta, []block)     { return parsePlain(text) }
func parseMarkdown(text string) (docMeta, []block) { return parsePlain(text) }
func htmlCharset(data []byte) string               { return "" }
func decodeCharset(data []byte, cs string) (string, bool) {
	return "", false
}
