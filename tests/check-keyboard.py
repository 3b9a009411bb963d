#!/usr/bin/python3
"""A keyboard-only walk through Succession, read back as a screen reader hears it.

    check-keyboard.py SUCCESSION SCHEMA_DIR [LANGUAGE]

Every step is a key press sent through AT-SPI's registry (XTEST on the X server, as a keyboard
would), and every check reads what the application sent on the accessibility bus: the object
that took the focus, and the changes of name and description of the focused object. Steps:
open each office from the sidebar with Enter; read every row of the NPC Standing Committee
Secretary-General's table (Peng Zhen twice, with both tenures); search "彭真" and "peng zhen"
and hear one result (and "no results" for nonsense); On a Date "1990" and read the answers;
move along the chart and hear each bar, zoom and hear the shown range; open Print and cancel
it. Prints each step's events as comments. Needs Xvfb and a session bus.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from succession_atspi import App, arguments, Failure, Report, CONTROL_MASK, describe  # noqa: E402

binary, schema_dir, language, dataset = arguments()

CHINESE = language.startswith("zh")


def display_name(record, key="name"):
    if CHINESE:
        lang = "zh-Hant" if language in ("zh_TW", "zh_HK") else "zh-Hans"
        for other in record.get("other_names", []):
            if other.get("lang") == lang:
                return other["name"]
    return record[key]


posts = dataset["posts"]
post = {p["id"]: p for p in posts}
person = {p["id"]: p for p in dataset["persons"]}
OFFICE_NAMES = [display_name(p, "label") for p in posts]
SG_ID = "npcsc-secretary-general"
SG = display_name(post[SG_ID], "label")
PENG = display_name(person["peng-zhen"])
SG_TENURES = [m for m in dataset["memberships"] if m.get("post_id") == SG_ID]

# What the two tenures of Peng Zhen as Secretary-General say, in the interface's language.
if CHINESE:
    PENG_SPANS = [("1954年9月27日", "1965年1月3日"), ("1979年9月", "1980年9月")]
    ONE_RESULT = re.compile(r"^1\s*个结果$")
    NO_RESULTS = "没有结果"
    SHOWN = "显示"
    TO = "至"
    COMMA = "，"
else:
    PENG_SPANS = [("27 September 1954", "3 January 1965"), ("September 1979", "September 1980")]
    ONE_RESULT = re.compile(r"^1 result$")
    NO_RESULTS = "No results"
    SHOWN = "Shown:"
    TO = " to "
    COMMA = ","

report = Report()
report.note(f"language {language}")


def note_events(app, step):
    """The events of a step, as comments: what a screen reader was told."""
    report.note(f"step: {step}")
    for event in app.events:
        if event["type"].startswith(("object:state-changed:focused", "object:property-change")) and \
                (event["detail1"] == 1 or "property-change" in event["type"]):
            data = f" -> {event['data']!r}" if event["data"] and event["data"] != event["name"] else ""
            report.note(f"  {event['type']} [{event['role']}] {event['name']!r}{data}")


def focus_is(app, condition):
    focused = app.focused
    try:
        return focused if focused is not None and condition(focused) else None
    except Exception:
        return None


def to_sidebar(app):
    """Ctrl+F puts the focus in the search entry; Down goes on to the sidebar's first row."""
    app.key("f", CONTROL_MASK)
    app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "entry"), 15, "the search entry has the focus")
    app.key("Down")
    app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "list item"), 15,
                 "the sidebar's first row has the focus")


def sidebar_row(app, name):
    """Moves down the sidebar to the row named name (", holder" may follow)."""
    to_sidebar(app)
    return app.press_until_focus("Down", lambda f: f.getRoleName() == "list item" and
                                 (f.name == name or f.name.startswith(name + COMMA)), f"the row {name!r}")


def open_office(app, name, first=True):
    """Enter on the office's row in the sidebar; the focus lands on the table's first row (on
    the row it was on when the office was open before, unless first)."""
    sidebar_row(app, name)
    app.mark()
    app.key("Return")
    row = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "table row" and
                                        (not first or re.match(r"^1\D", f.name or ""))), 20,
                       f"Enter on {name!r} opens the office with the focus on its first row")
    return row


def step_offices(app):
    for name in OFFICE_NAMES:
        row = open_office(app, name)
        note_events(app, f"Enter on the sidebar row {name!r}")
        title = app.find(lambda n: n.getRoleName() == "label" and n.name == name and
                         n.parent is not None and n.parent.getRoleName() != "list item", app.frame())
        report.check(row is not None and title is not None,
                     f"Enter opens {name!r}; the focus is on its first row ({describe(row)})")


def step_secretary_general(app):
    first = open_office(app, SG)
    names = [first.name]
    for _ in range(len(SG_TENURES) - 1):
        before = app.focused
        app.mark()
        app.key("Down")
        app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "table row" and f != before
                                      and f.name not in names), 10, "Down moves to the next row")
        names.append(app.focused.name)
    report.note("step: Down through the table of " + SG)
    for name in names:
        report.note(f"  row: {name}")
    report.check(len(names) == len(SG_TENURES), f"{len(names)} rows read, one per tenure ({len(SG_TENURES)})")
    pattern = re.compile(r"^\d+\W{1,3}" + re.escape(PENG))
    peng = [n for n in names if pattern.match(n)]
    report.check(len(peng) == 2, f"{PENG} is read twice", "; ".join(peng))
    for start, end in PENG_SPANS:
        report.check(any(start in n and end in n and TO in n for n in peng),
                     f"{PENG}'s tenure from {start} to {end} is read as a span")


def person_page_of(app, name):
    """The person page is on show with name as its heading (a label that is no row's)."""
    return app.find(lambda n: n.getRoleName() == "label" and n.name == name and
                    n.parent.getRoleName() != "list item" and n.parent.parent.getRoleName() != "list item",
                    app.frame()) is not None


def step_activate_rows(app):
    """Enter and Space open a row of every kind of list: the sidebar (a list box), the holder
    table (a column view), the search results (a list view)."""
    for key in ("Return", "space"):
        open_office(app, SG, first=False)
        first = app.press_until_focus("Up", lambda f: re.match(r"^1\D", f.name or ""), "the first row")
        app.mark()
        app.key(key)
        # The person page opens with the focus on its first row; its heading names the person.
        row = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "list item"), 20,
                           f"{key} on {PENG}'s row opens his page")
        note_events(app, f"{key} on the row {first.name[:40]!r}…")
        report.check(person_page_of(app, PENG), f"{key} on a holder row opens the person: {describe(row)}")
        app.key("f", CONTROL_MASK)
        app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "entry"), 15, "the search entry")
        app.key("a", CONTROL_MASK)
        app.key("BackSpace")
        app.type("peng zhen")
        app.key("Down")
        result = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "list item" and
                                               f.name.startswith(PENG + COMMA)), 15, "the search result")
        app.mark()
        app.key(key)
        row = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "list item" and f != result
                                            and f.parent != result.parent), 20, f"{key} on the result opens the page")
        report.check(person_page_of(app, PENG), f"{key} on the search result opens the person: {describe(row)}")
        app.key("f", CONTROL_MASK)
        app.key("a", CONTROL_MASK)
        app.key("BackSpace")


def step_search(app):
    for query in ("彭真", "peng zhen"):
        app.key("f", CONTROL_MASK)
        entry = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "entry"), 15, "the search entry")
        app.key("a", CONTROL_MASK)
        app.key("BackSpace")
        app.mark()
        app.type(query)
        heard = app.wait_for(lambda: [e for e in app.events_of("object:property-change:accessible-description")
                                      if e["role"] == "entry" and e["data"] and ONE_RESULT.match(e["data"])],
                             20, f"the search for {query!r} says it found one result")
        note_events(app, f"type {query!r} in the search entry")
        report.check(bool(heard), f"search {query!r}: the focused entry says {heard[-1]['data']!r}")
        app.key("Down")
        result = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "list item"), 15,
                              "Down moves to the first result")
        results = result.parent
        report.check(results.childCount == 1 and result.name.startswith(PENG),
                     f"search {query!r}: one result, {describe(result)}, in {describe(results)}")
        del entry
    app.key("f", CONTROL_MASK)
    app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "entry"), 15, "the search entry")
    app.key("a", CONTROL_MASK)
    app.key("BackSpace")
    app.mark()
    app.type("qqqxq")
    app.wait_for(lambda: [e for e in app.events_of("object:property-change:accessible-description")
                          if e["data"] == NO_RESULTS], 20, "a search that finds nothing says so")
    note_events(app, "type 'qqqxq' in the search entry")
    report.check(True, f"search 'qqqxq': the focused entry says {NO_RESULTS!r}")
    app.key("a", CONTROL_MASK)
    app.key("BackSpace")


def step_date(app):
    app.mark()
    app.key("d", CONTROL_MASK)
    field = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "text"), 15,
                         "Ctrl+D puts the focus in the date field")
    note_events(app, "Ctrl+D")
    report.check(True, f"On a Date opens with the focus in {describe(field)}")
    app.key("a", CONTROL_MASK)
    app.type("1990")
    app.key("Return")
    # Tab from the field reaches the answers; each answer row says office, holder and dates.
    answer = app.press_until_focus("Tab", lambda f: f.getRoleName() == "list item" and f.name.startswith(SG),
                                   f"the answer for {SG}", limit=40)
    names = [answer.name]
    for _ in range(len(OFFICE_NAMES) + 4):
        before = app.focused
        app.key("Down")
        try:
            app.wait_for(lambda: focus_is(app, lambda f: f != before and f.getRoleName() == "list item"), 3,
                         "Down moves to the next answer")
        except Failure:
            break
        if app.focused.name in names:
            break
        names.append(app.focused.name)
    report.note("step: On a Date 1990, Tab to the answers, Down through them")
    for name in names:
        report.note(f"  answer: {name}")
    # An answer row shows the office and its holders (no dates): it says both. What it said is
    # kept: the list reuses the rows that scroll away, and their accessible objects with them.
    peng_chong = display_name(person["peng-chong"])
    report.check(names[0].startswith(SG) and peng_chong in names[0],
                 f"the answer for {SG} in 1990 names the office and {peng_chong}", names[0])
    report.check(len(names) >= 3, f"Down reads the answers that follow ({len(names)} read)")


def step_chart(app):
    to_sidebar(app)
    app.mark()
    app.key("Return")
    chart = app.wait_for(lambda: focus_is(app, lambda f: f.getRoleName() == "image"), 20,
                         "Enter on the chart's row puts the focus on the chart")
    note_events(app, "Enter on the sidebar's first row (the chart)")
    heard = []
    for key in ("Right", "Right", "Down", "End", "Home"):
        app.mark()
        app.key(key)
        event = app.wait_for(lambda: [e for e in app.events_of("object:property-change:accessible-name")
                                      if e["role"] == "image" and e["data"]], 10,
                             f"{key} on the chart announces a bar")
        note_events(app, f"{key} on the chart")
        heard.append((key, event[-1]["data"]))
    for key, said in heard:
        report.check(any(said.startswith(n) or (", " + n) in said or ("，" + n) in said for n in
                         [display_name(p) for p in dataset["persons"]] + ["Vacant", "空缺"]) and TO in said
                     and any(o in said for o in OFFICE_NAMES),
                     f"{key}: the chart says the bar: {said!r}")
    report.check(len({said for _, said in heard}) >= 4, "each move says another bar")
    app.mark()
    app.key("plus")
    event = app.wait_for(lambda: [e for e in app.events_of("object:property-change:accessible-description")
                                  if e["role"] == "image" and e["data"] and SHOWN in e["data"]], 10,
                         "zooming in says the shown range")
    note_events(app, "+ on the chart")
    report.check(True, f"+: the chart's description says {event[-1]['data']!r}")
    del chart


def step_print(app):
    before = {w.name for w in app.windows()}
    app.mark()
    app.key("p", CONTROL_MASK)
    dialog = app.wait_for(lambda: next((w for w in app.windows() if w.name not in before), None), 30,
                          "Ctrl+P opens the Print dialog")
    focused = app.wait_for(lambda: app.find_focused_in(dialog), 20, "something in Print has the focus")
    note_events(app, "Ctrl+P")
    report.check(True, f"Print opens ({describe(dialog)}), the focus on {describe(focused)}")
    app.mark()
    app.key("Escape")
    app.wait_for(lambda: all(w.name in before for w in app.windows()), 20, "Escape cancels Print")
    note_events(app, "Escape")
    report.check(app.frame() is not None, "Escape cancels Print; the main window stays")


def run():
    app = App(binary, schema_dir, language=language)
    try:
        for step in (step_offices, step_secretary_general, step_activate_rows, step_search, step_date,
                     step_chart, step_print):
            try:
                step(app)
            except Failure as error:
                note_events(app, f"{step.__name__} (failed)")
                report.check(False, f"{step.__name__}: {error}")
    finally:
        app.stop()


run()
sys.exit(report.finish())
