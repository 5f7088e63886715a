//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair: nothing answers on the master
// side, as on a relayed pty that passes no replies back.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// A subcommand whose stdout is a terminal never asks it for its colours
// (Bubble Tea v1 does so at init, see package termprobe), so it neither
// waits for an answer nor leaves the query on the user's screen.
func TestSubcommandsDoNotQueryTheTerminal(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "quellen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, args := range [][]string{{"articles"}, {"figures", "--json"}} {
		master, slave := openPTY(t)
		cmd := exec.Command(bin, args...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
		cmd.Env = append(os.Environ(), "TERM=xterm-256color", "NO_COLOR=")
		// Its own session with the pty as controlling terminal: termenv
		// queries only a terminal the process is in the foreground of.
		cmd.SysProcAttr = &unix.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		done := make(chan struct{})
		go func() { io.Copy(&out, master); close(done) }()
		err := cmd.Wait()
		slave.Close()
		// The master reads until the pty is gone; a short grace for the
		// last bytes, not a timing assertion.
		select {
		case <-done:
		case <-time.After(2 * time.Second):
		}
		if err != nil {
			t.Fatalf("quellen %s: %v\n%s", strings.Join(args, " "), err, out.String())
		}
		if bytes.Contains(out.Bytes(), []byte("\x1b]11;?")) || bytes.Contains(out.Bytes(), []byte("\x1b[6n")) {
			t.Errorf("quellen %s asked the terminal for its colours:\n%q", strings.Join(args, " "), out.String()[:min(200, out.Len())])
		}
		if !strings.Contains(out.String(), "Kim") {
			t.Errorf("quellen %s printed no seed article:\n%q", strings.Join(args, " "), out.String()[:min(200, out.Len())])
		}
	}
}
