#!/usr/bin/python3
"""Walks Succession's accessibility tree as a screen reader would.

Starts the application on an office page (through a keyfile settings backend that
remembers the page) and looks, by accessible name, for the sidebar's entries, the office's
name and the holder table's rows. Needs a display and a session bus with the
accessibility bus (build-aux/dev test provides both).
"""

import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("1..0 # SKIP python3-pyatspi is not installed")
    sys.exit(77)

binary, schema_dir = sys.argv[1], sys.argv[2]

with tempfile.TemporaryDirectory() as config:
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write("[io/github/succession/Succession]\n"
                "last-page='office:npcsc-secretary-general'\n"
                "window-width=1200\nwindow-height=800\n")

    env = dict(os.environ,
               GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=schema_dir,
               XDG_CONFIG_HOME=config,
               GTK_A11Y="atspi",
               LANGUAGE="en",
               NO_AT_BRIDGE="0")
    env.pop("G_DEBUG", None)
    app = subprocess.Popen([binary], env=env)

    def find_app():
        desktop = pyatspi.Registry.getDesktop(0)
        # The desktop's list of applications is cached; without a main loop running here, an
        # application that registered after the first look would stay invisible.
        try:
            desktop.clear_cache()
        except AttributeError:
            pass
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name in ("succession", "Succession"):
                return child
        return None

    def names(root, limit=20000):
        found = []
        stack = [root]
        while stack and len(found) < limit:
            node = stack.pop()
            try:
                found.append((node.getRoleName(), node.name or ""))
                for i in range(node.childCount):
                    stack.append(node.getChildAtIndex(i))
            except Exception:
                continue
        return found

    failures = []
    try:
        root = None
        deadline = time.time() + 60
        while time.time() < deadline:
            root = find_app()
            if root is not None and root.childCount > 0:
                time.sleep(1.0)
                break
            time.sleep(0.25)
        if root is None or root.childCount == 0:
            state = "exited with %s" % app.returncode if app.poll() is not None else "is running"
            print(f"not ok 1 the application never appeared on the accessibility bus (it {state})")
            sys.exit(1)

        tree = names(root)
        all_names = [name for _, name in tree]

        def expect(test, label):
            if any(test(name) for name in all_names):
                print(f"ok - {label}")
            else:
                failures.append(label)
                print(f"not ok - {label}")

        expect(lambda n: n.startswith("On a Date"), "sidebar entry: On a Date…")
        expect(lambda n: n.startswith("Chairperson of the CPPCC National Committee"),
               "sidebar entry: an office with its current holder")
        expect(lambda n: n == "Search people, offices and bodies", "search entry has a name")
        expect(lambda n: "Secretary-General of the Standing Committee of the National People" in n,
               "the office's name")
        expect(lambda n: n == "Officeholders", "the holder table has a name")
        for holder in ("Peng Zhen", "Liu Ningyi", "Liu Qi"):
            expect(lambda n, h=holder: n == h or n.startswith(h + " "), f"holder row: {holder}")

        unnamed_buttons = [role for role, name in tree if role in ("push button", "toggle button") and not name]
        if unnamed_buttons:
            failures.append("every button has a name")
            print(f"not ok - every button has a name ({len(unnamed_buttons)} without)")
        else:
            print("ok - every button has a name")
    finally:
        app.terminate()
        try:
            app.wait(5)
        except subprocess.TimeoutExpired:
            app.kill()

    print(f"{'FAILED' if failures else 'PASSED'}: {len(failures)} failures")
    sys.exit(1 if failures else 0)
