#!/usr/bin/python3
"""chart-matplotlib.py — what a researcher would otherwise write: the succession chart of the
same offices, drawn with matplotlib to PDF. The baseline of the export benchmark.

    /usr/bin/python3 tests/bench/chart-matplotlib.py DATASET.json OUTPUT.pdf OFFICE_ID...

Same chart as `succession --export-chart`: one row per office, a bar per tenure (lanes where
tenures overlap), the holder's name on the bar, term bands behind, year ticks on the axis.
Needs python3-matplotlib (Debian), which imports only under /usr/bin/python3.
"""
import datetime
import json
import sys

import matplotlib
matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402


def parse(date, end=False):
    if not date:
        return None
    parts = [int(p) for p in date[:10].split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31) if end else datetime.date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = datetime.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return nxt - datetime.timedelta(days=1)
        return datetime.date(parts[0], parts[1], 1)
    return datetime.date(*parts)


def year(d):
    return d.year + (d.timetuple().tm_yday - 1) / 365.2425


def main():
    dataset, output, offices = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(dataset, encoding="utf-8") as f:
        data = json.load(f)
    persons = {p["id"]: p for p in data.get("persons", [])}
    posts = {p["id"]: p for p in data.get("posts", [])}
    events = data.get("events", [])
    today = datetime.date.today()

    rows = []
    for office in offices:
        tenures = [m for m in data["memberships"] if m.get("post_id") == office]
        items = []
        for m in tenures:
            start = parse(m.get("start_date"))
            end = parse(m.get("end_date"), True) or today
            if start is None:
                continue
            who = persons.get(m.get("person_id"), {}).get("name", "Vacant")
            items.append((year(start), year(end), who, m.get("kind", "regular")))
        items.sort()
        lanes = []
        for item in items:
            for lane in lanes:
                if lane[-1][1] <= item[0]:
                    lane.append(item)
                    break
            else:
                lanes.append([item])
        rows.append((posts[office].get("label", office), posts[office].get("term_organization_id"), lanes))

    n_lanes = sum(max(1, len(r[2])) for r in rows)
    fig, ax = plt.subplots(figsize=(40, 1 + 0.5 * n_lanes))
    y = 0
    ticks, labels = [], []
    for label, term_body, lanes in rows:
        height = max(1, len(lanes))
        for i, term in enumerate(e for e in events if e.get("organization_id") == term_body):
            s = parse(term.get("start_date"))
            e = parse(term.get("end_date"), True) or today
            if s:
                ax.axvspan(year(s), year(e), ymin=0, ymax=1, color="#eef" if i % 2 else "#f7f7fa", zorder=0)
        for lane_index, lane in enumerate(lanes):
            for j, (s, e, who, kind) in enumerate(lane):
                color = {"acting": "#cc7722", "vacancy": "white"}.get(kind, "#3366a3" if j % 2 == 0 else "#214f85")
                ax.broken_barh([(s, e - s)], (y + lane_index + 0.1, 0.8), facecolors=color,
                               edgecolor="#777" if kind == "vacancy" else None, zorder=2)
                ax.text(s + 0.1, y + lane_index + 0.5, who, va="center", fontsize=7, color="white", zorder=3,
                        clip_on=True)
        ticks.append(y + height / 2)
        labels.append(label)
        y += height
    ax.set_yticks(ticks)
    ax.set_yticklabels(labels, fontsize=7)
    ax.set_ylim(y, 0)
    ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(1))
    ax.tick_params(axis="x", labelsize=6)
    ax.grid(axis="x", color="#ccc", linewidth=0.5, zorder=1)
    ax.set_title(" · ".join(r[0] for r in rows), fontsize=9)
    fig.tight_layout()
    fig.savefig(output)


if __name__ == "__main__":
    main()
