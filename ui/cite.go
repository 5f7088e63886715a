package ui

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"quellen/corpus"
)

// Citing what one reads: o opens the article's address in a browser, y
// copies the passage in view with its citation to the clipboard.

// noteMsg is a line for the status bar: what o or y did.
type noteMsg struct{ text string }

// openURL starts the browser on the article's address, off the event loop.
func (m *readerModel) openURL(a *corpus.Article) tea.Cmd {
	u := a.URL
	open := m.c.cfg.Open
	if open == nil {
		open = openBrowser
	}
	return func() tea.Msg {
		if err := checkURL(u); err != nil {
			return noteMsg{err.Error()}
		}
		if err := open(u); err != nil {
			return noteMsg{corpus.SanitizeName(err.Error())}
		}
		return noteMsg{"opened " + corpus.SanitizeName(u)}
	}
}

// checkURL lets through only web addresses: an article's URL is untrusted,
// and a browser handed "file:" or "-flag" would do other things.
func checkURL(u string) error {
	if u == "" {
		return errors.New("this article has no URL")
	}
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" || p.Host == "" {
		return fmt.Errorf("not a web address: %s", corpus.SanitizeName(u))
	}
	return nil
}

// openBrowser runs $BROWSER (its first entry; "%s" stands for the
// address, else the address is the last argument), else xdg-open or open.
func openBrowser(u string) error {
	name, args := browserCommand(os.Getenv("BROWSER"), u, exec.LookPath)
	if name == "" {
		return errors.New("no browser: set $BROWSER (xdg-open is not installed)")
	}
	cmd := exec.Command(name, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil // keep the screen ours
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	go cmd.Wait() //nolint:errcheck // the browser's exit is none of ours
	return nil
}

func browserCommand(env, u string, lookPath func(string) (string, error)) (string, []string) {
	if first, _, _ := strings.Cut(env, ":"); strings.TrimSpace(first) != "" {
		f := strings.Fields(first)
		args, placed := f[1:], false
		for i, a := range args {
			if strings.Contains(a, "%s") {
				args[i], placed = strings.ReplaceAll(a, "%s", u), true
			}
		}
		if !placed {
			args = append(args, u)
		}
		return f[0], args
	}
	for _, name := range []string{"xdg-open", "open"} {
		if p, err := lookPath(name); err == nil {
			return p, []string{u}
		}
	}
	return "", nil
}

// copyPassage copies the paragraph in view (the current match's, when it
// is in this article) with its citation, through OSC 52: the terminal puts
// it on the clipboard, over ssh and tmux too.
func (m *readerModel) copyPassage(a *corpus.Article) tea.Cmd {
	para := firstText(a, m.cursorParagraph())
	if para < 0 {
		return send(noteMsg{"nothing to copy"})
	}
	text := citation(a, para)
	w := m.c.cfg.Clipboard
	if w == nil {
		w = os.Stdout
	}
	return func() tea.Msg {
		if _, err := w.Write(osc52(text)); err != nil {
			return noteMsg{"copy failed: " + corpus.SanitizeName(err.Error())}
		}
		return noteMsg{fmt.Sprintf("copied ¶%d with its citation", para+1)}
	}
}

// firstText is the first body paragraph from para on (headings, captions
// and page furniture are not what one quotes), else para itself, or -1.
func firstText(a *corpus.Article, para int) int {
	for i := max(0, para); i < len(a.Paragraphs); i++ {
		if p := a.Paragraphs[i]; p.Kind == corpus.Body && strings.TrimSpace(p.Text) != "" {
			return i
		}
	}
	if para >= 0 && para < len(a.Paragraphs) {
		return para
	}
	return -1
}

// citation is a paragraph in quotes, then who published it where and when:
// outlet, title, date, address and paragraph, those that are known.
func citation(a *corpus.Article, para int) string {
	var who []string
	for _, s := range []string{a.Source, "„" + a.Title + "“", a.Date, a.URL} {
		if s != "" && s != "„“" {
			who = append(who, s)
		}
	}
	who = append(who, fmt.Sprintf("¶%d", para+1))
	return "„" + a.Paragraphs[para].Text + "“\n— " + strings.Join(who, ", ")
}

// osc52 is the escape sequence that sets the clipboard to text. The text
// travels base64-encoded, so no byte of the article reaches the terminal
// as a control.
func osc52(text string) []byte {
	return []byte("\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\a")
}
