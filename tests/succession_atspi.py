"""Drives Succession as a screen-reader user would: key presses in, AT-SPI out.

Shared by check-accessibility.py and check-keyboard.py. Keys go through AT-SPI's registry
(generateKeyboardEvent, which synthesises them on the X server with XTEST), so they reach the
window the same way a keyboard's do; what the application says comes back as AT-SPI events
(focus, name and description changes) and as the accessible tree. Nothing here sleeps for a
fixed time to let something happen: every wait is for a condition, with a deadline.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(77)

TYPE_NAME = re.compile(r"^(Gtk|Adw)[A-Z]")

# X keysyms of the keys the walks press.
KEYS = {
    "Return": 0xFF0D, "Escape": 0xFF1B, "Tab": 0xFF09, "space": 0x20,
    "Left": 0xFF51, "Up": 0xFF52, "Right": 0xFF53, "Down": 0xFF54,
    "Home": 0xFF50, "End": 0xFF57, "plus": 0x2B, "minus": 0x2D, "BackSpace": 0xFF08,
    "F10": 0xFFC7, "question": 0x3F,
}
CONTROL_MASK = 1 << 2
SHIFT_MASK = 1 << 0


def arguments():
    """The checkers' command line (BINARY SCHEMA_DIR [LANGUAGE]) and the bundled dataset they read."""
    binary, schema_dir = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "en"
    source_root = os.environ.get("SUCCESSION_SOURCE_ROOT",
                                 os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(source_root, "data", "succession.json"), encoding="utf-8") as f:
        return binary, schema_dir, language, json.load(f)


class Failure(Exception):
    pass


class App:
    """The application under test, started on a display with the accessibility bus."""

    def __init__(self, binary, schema_dir, language="en", settings=None, width=1200, height=800):
        self.config = tempfile.TemporaryDirectory()
        folder = os.path.join(self.config.name, "glib-2.0", "settings")
        os.makedirs(folder)
        lines = ["[io/github/succession/Succession]", f"window-width={width}", f"window-height={height}"]
        for key, value in (settings or {}).items():
            lines.append(f"{key}={value}")
        with open(os.path.join(folder, "keyfile"), "w") as f:
            f.write("\n".join(lines) + "\n")

        self.events = []
        self.focused = None
        self.focus_log = []
        for kind in ("object:state-changed:focused", "object:property-change:accessible-name",
                     "object:property-change:accessible-description", "window:activate",
                     "window:deactivate", "object:state-changed:showing", "object:text-changed"):
            pyatspi.Registry.registerEventListener(self._on_event, kind)

        env = dict(os.environ,
                   GSETTINGS_BACKEND="keyfile",
                   GSETTINGS_SCHEMA_DIR=schema_dir,
                   XDG_CONFIG_HOME=self.config.name,
                   # Copies of unsaved changes from another test are not offered to this one.
                   XDG_STATE_HOME=os.path.join(self.config.name, "state"),
                   GTK_A11Y="atspi",
                   NO_AT_BRIDGE="0",
                   LANGUAGE=language,
                   LANG="zh_CN.UTF-8" if language.startswith("zh_CN") else "C.UTF-8",
                   LC_ALL="")
        env.pop("G_DEBUG", None)
        self.process = subprocess.Popen([binary], env=env)
        self.root = None
        self.wait_for(self._find_root, 60, "the application appears on the accessibility bus")
        self.wait_for(lambda: self.frame() is not None, 30, "the main window appears")
        self.wait_for(self.find_focused, 30, "something in the window has the focus")

    # -- events ------------------------------------------------------------------------------

    def _on_event(self, event):
        try:
            source = event.source
            if source is None:
                return
            app = source.getApplication()
            if app is None or app.name not in ("succession", "Succession"):
                return
            record = {
                "type": event.type,
                "role": source.getRoleName(),
                "name": source.name or "",
                "detail1": event.detail1,
                "data": event.any_data if isinstance(event.any_data, str) else None,
                "source": source,
            }
        except Exception:
            return
        self.events.append(record)
        if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
            self.focused = source
            self.focus_log.append(record)

    def pump(self, seconds=0.0):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(0.01)

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while True:
            self.pump()
            try:
                result = condition()
            except Exception:
                result = None
            if result:
                return result
            if self.process.poll() is not None:
                raise Failure(f"the application exited ({self.process.returncode}) while waiting until {what}")
            if time.monotonic() > deadline:
                raise Failure(f"timed out ({timeout} s) waiting until {what}")
            time.sleep(0.02)

    def mark(self):
        """Forgets the events so far; returns nothing. Call before a key whose effect is awaited."""
        self.events.clear()

    def events_of(self, kind):
        return [e for e in self.events if e["type"].startswith(kind)]

    # -- keys --------------------------------------------------------------------------------

    def key(self, name, mods=0):
        keysym = KEYS.get(name, None)
        if keysym is None:
            keysym = ord(name) if len(name) == 1 and ord(name) < 0x100 else 0x01000000 + ord(name)
        if mods:
            pyatspi.Registry.generateKeyboardEvent(mods, None, pyatspi.KEY_LOCKMODIFIERS)
        pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        if mods:
            pyatspi.Registry.generateKeyboardEvent(mods, None, pyatspi.KEY_UNLOCKMODIFIERS)
        self.pump()

    def type(self, text):
        """Types text into the focused field, a key a character; each waits until the field
        says the character arrived (a character outside the keyboard map is put on a spare key
        for the press, and the next press must not come before the application saw the map)."""
        for char in text:
            before = len(self.events_of("object:text-changed:insert"))
            self.key(char)
            # A ceiling, not a timing: under the sanitizers on a loaded machine a page that
            # answers each keystroke can hold the event back for several seconds.
            self.wait_for(lambda: any(char in (e["data"] or "")
                                      for e in self.events_of("object:text-changed:insert")[before:]),
                          30, f"the field receives {char!r}")

    def focus_name(self):
        try:
            return self.focused.name if self.focused is not None else None
        except Exception:
            return None

    def press_until_focus(self, key, condition, what, mods=0, timeout=15, limit=80):
        """Presses key until the focused object satisfies condition; each press waits for the
        focus to move (or for a short settling of the events when it cannot)."""
        deadline = time.monotonic() + timeout
        for _ in range(limit):
            if self.focused is not None and self._safe(condition, self.focused):
                return self.focused
            before = len(self.focus_log)
            self.key(key, mods)
            try:
                self.wait_for(lambda: len(self.focus_log) > before, 3, f"the focus moves on {key}")
            except Failure:
                pass
            if time.monotonic() > deadline:
                break
        if self.focused is not None and self._safe(condition, self.focused):
            return self.focused
        raise Failure(f"{key} never brought the focus to {what} (last: {self.focus_name()!r})")

    @staticmethod
    def _safe(condition, accessible):
        try:
            return condition(accessible)
        except Exception:
            return False

    # -- tree --------------------------------------------------------------------------------

    def _find_root(self):
        desktop = pyatspi.Registry.getDesktop(0)
        try:
            desktop.clear_cache()
        except AttributeError:
            pass
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name in ("succession", "Succession"):
                self.root = child
                return child
        return None

    def windows(self):
        found = []
        for i in range(self.root.childCount):
            child = self.root.getChildAtIndex(i)
            if child is not None:
                found.append(child)
        return found

    def frame(self):
        for window in self.windows():
            if window.getRoleName() == "frame":
                return window
        return None

    def window_named(self, pattern):
        for window in self.windows():
            if re.search(pattern, window.name or ""):
                return window
        return None

    def walk(self, root=None, limit=50000):
        """Every accessible object under root (the application), depth first."""
        found = []
        stack = [root if root is not None else self.root]
        while stack and len(found) < limit:
            node = stack.pop()
            try:
                found.append(node)
                for i in reversed(range(node.childCount)):
                    child = node.getChildAtIndex(i)
                    if child is not None:
                        stack.append(child)
            except Exception:
                continue
        return found

    def find_focused(self):
        """The object that holds the focus, read from the tree (the first focus event of a
        window can come before the application is on the bus)."""
        frame = self.frame()
        node = self.find(lambda n: n.getState().contains(pyatspi.STATE_FOCUSED), frame) if frame else None
        if node is not None and self.focused is None:
            self.focused = node
        return node

    def find_focused_in(self, window):
        return self.find(lambda n: n.getState().contains(pyatspi.STATE_FOCUSED), window)

    def find(self, condition, root=None):
        for node in self.walk(root):
            if self._safe(condition, node):
                return node
        return None

    def stop(self):
        try:
            self.process.terminate()
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for kind in ("object:state-changed:focused", "object:property-change:accessible-name",
                     "object:property-change:accessible-description", "window:activate",
                     "window:deactivate", "object:state-changed:showing", "object:text-changed"):
            try:
                pyatspi.Registry.deregisterEventListener(self._on_event, kind)
            except Exception:
                pass
        self.config.cleanup()


def describe(node):
    try:
        return f"[{node.getRoleName()}] {node.name!r}"
    except Exception as error:
        return f"[gone: {error}]"


def is_actionable(node):
    try:
        action = node.queryAction()
        return action.nActions > 0
    except Exception:
        return False


def is_focusable(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSABLE)
    except Exception:
        return False


def unnamed(app, root):
    """Focusable or actionable objects under root whose name is empty or a type name."""
    bad = []
    for node in app.walk(root):
        try:
            name = node.name or ""
        except Exception:
            continue
        if not (is_focusable(node) or is_actionable(node)):
            continue
        if name.strip() == "" or TYPE_NAME.match(name):
            path = []
            parent = node
            for _ in range(4):
                try:
                    parent = parent.parent
                except Exception:
                    break
                if parent is None:
                    break
                path.append(describe(parent))
            bad.append(f"{describe(node)} in {' < '.join(path)}")
    return bad


class Report:
    """TAP-like output: one line a check, and the exit status."""

    def __init__(self):
        self.failures = []
        self.count = 0

    def check(self, ok, label, detail=""):
        self.count += 1
        if ok:
            print(f"ok {self.count} - {label}")
        else:
            self.failures.append(label)
            print(f"not ok {self.count} - {label}" + (f"\n#   {detail}" if detail else ""))
        sys.stdout.flush()
        return ok

    def note(self, text):
        for line in str(text).splitlines():
            print(f"# {line}")
        sys.stdout.flush()

    def finish(self):
        print(f"1..{self.count}")
        print(f"{'FAILED' if self.failures else 'PASSED'}: {len(self.failures)} failures")
        return 1 if self.failures else 0
