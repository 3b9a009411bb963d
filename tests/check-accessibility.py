#!/usr/bin/python3
"""Walks the whole accessibility tree of every page and dialog, as a screen reader sees it.

    check-accessibility.py SUCCESSION SCHEMA_DIR [LANGUAGE]

Fails on any focusable or actionable object whose name is empty or a type name
(`^(Gtk|Adw)[A-Z]`, which GTK 4.8 gives what has no name): the sidebar, an office (its three
tabs), a person, a body, On a Date, the chart (and its Offices popover), the narrow window, the
Export and Print dialogs and the keyboard shortcuts. Also looks for what a reader needs by name:
the sidebar's entries, the office's name, its holder table's rows. Needs a display and a
session bus with the accessibility bus (build-aux/dev test provides both).
"""

import os
import re
import sys

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from succession_atspi import (App, arguments, Failure, Report, CONTROL_MASK, describe, unnamed)  # noqa: E402

binary, schema_dir, language, dataset = arguments()


def display_name(record, key="name"):
    """A record's name as the interface shows it in this language (automatic names)."""
    if language.startswith("zh"):
        lang = "zh-Hant" if language in ("zh_TW", "zh_HK") else "zh-Hans"
        for other in record.get("other_names", []):
            if other.get("lang") == lang:
                return other["name"]
    return record[key]


post = {p["id"]: p for p in dataset["posts"]}
person = {p["id"]: p for p in dataset["persons"]}
SG = display_name(post["npcsc-secretary-general"], "label")
PENG = display_name(person["peng-zhen"])

report = Report()
report.note(f"language {language}")


def walk_and_check(app, label, root=None, excerpt=None):
    """Checks every focusable or actionable object under root (default: every window)."""
    roots = [root] if root is not None else app.windows()
    bad = []
    count = 0
    for window in roots:
        nodes = app.walk(window)
        count += len(nodes)
        bad += unnamed(app, window)
    report.check(not bad, f"{label}: every focusable or actionable object has a name in words "
                          f"({count} objects)", "\n#   ".join(bad[:20]))
    if excerpt is not None:
        for node in excerpt:
            report.note(f"  {label}: {describe(node)}")
    return bad


def start(page=None, **kwargs):
    settings = {}
    if page is not None:
        settings["last-page"] = f"'{page}'"
    return App(binary, schema_dir, language=language, settings=settings, **kwargs)


def focused_in(app, roles):
    """Waits until the focus is on an object of one of roles; returns it."""
    return app.wait_for(lambda: app.focused if app.focused is not None and
                        app.focused.getRoleName() in roles else None,
                        20, f"the focus is on a {' or '.join(roles)}")


def run():
    # The office page with the sidebar: a table, and its two other tabs.
    app = start("office:npcsc-secretary-general")
    try:
        row = focused_in(app, ("table row",))
        report.check(row.name.startswith("1"), "the office opens with the focus on its first holder row",
                     describe(row))
        tree = app.walk(app.frame())
        names = [n.name or "" for n in tree]
        report.check(any(n.startswith(SG) for n in names), "the office's name is in the tree")
        holder_row = re.compile(r"^\d+\W{1,3}" + re.escape(PENG))
        rows = [n for n in tree if n.getRoleName() == "table row" and holder_row.match(n.name or "")]
        report.check(len(rows) == 2, "two holder rows of Peng Zhen", ", ".join(describe(r) for r in rows))
        walk_and_check(app, "sidebar and office", app.frame(), excerpt=rows[:2])
        tabs = [n for n in tree if n.getRoleName() == "page tab"]
        report.check(len(tabs) == 3, "the office has three tabs", ", ".join(describe(t) for t in tabs))
        for tab in tabs[1:]:
            action = tab.queryAction()
            action.doAction(0)
            app.wait_for(lambda: tab.getState().contains(pyatspi.STATE_SELECTED)
                         or tab.getState().contains(pyatspi.STATE_CHECKED), 10,
                         f"the tab {tab.name} is on show")
            app.pump(0.2)
            walk_and_check(app, f"office, tab {tab.name}", app.frame())
    finally:
        app.stop()

    # A person and a body, On a Date, each opened from its page key.
    for page, label in (("person:peng-zhen", "person"), ("body:npcsc", "body"), ("date", "On a Date")):
        app = start(page)
        try:
            focused_in(app, ("table row", "list item", "text", "entry", "image"))
            walk_and_check(app, label, app.frame())
        finally:
            app.stop()

    # The chart, its Offices popover and the dialogs.
    app = start("chart")
    try:
        chart = focused_in(app, ("image",))
        report.check(True, f"the chart opens with the focus on the chart ({describe(chart)})")
        walk_and_check(app, "chart", app.frame())

        offices = app.find(lambda n: n.getRoleName() == "push button" and
                           n.getState().contains(pyatspi.STATE_FOCUSABLE) and
                           n.parent is not None and n.parent.getRoleName() == "push button",
                           app.frame())
        if report.check(offices is not None, "the chart has an Offices menu button"):
            offices.queryAction().doAction(0)
            app.wait_for(lambda: app.find(lambda n: n.getRoleName() == "check box", app.frame()),
                         10, "the Offices popover lists the offices")
            walk_and_check(app, "chart's Offices popover", app.frame())
            app.key("Escape")
            app.wait_for(lambda: app.find(lambda n: n.getRoleName() == "check box", app.frame()) is None,
                         10, "the popover closes")

        for key, mods, label in (("e", CONTROL_MASK, "Export"), ("p", CONTROL_MASK, "Print"),
                                 ("question", CONTROL_MASK, "Keyboard shortcuts")):
            before = {w.name for w in app.windows()}
            app.key(key, mods)
            window = app.wait_for(lambda: next((w for w in app.windows() if w.name not in before), None),
                                  30, f"the {label} window opens")
            app.wait_for(lambda: app.find_focused_in(window), 20, f"something in {label} has the focus")
            report.check(bool(window.name) and not window.name.startswith(("Gtk", "Adw")),
                         f"{label}: the window has a title ({describe(window)})")
            walk_and_check(app, label, window)
            app.key("Escape")
            app.wait_for(lambda: all(w.name in before for w in app.windows()), 20, f"{label} closes on Escape")
    finally:
        app.stop()

    # The narrow window: the content with its back button.
    app = start("office:npcsc-secretary-general", width=360, height=640)
    try:
        focused_in(app, ("list item", "table row"))
        walk_and_check(app, "narrow office", app.frame())
    finally:
        app.stop()


try:
    run()
except Failure as error:
    report.check(False, str(error))
sys.exit(report.finish())
