#!/usr/bin/python3
"""Every person's names in data/succession.json: English, simplified, traditional and pinyin.

Usage: check-names.py SOURCE_ROOT

- A person with a Chinese name has it in simplified and traditional characters and in pinyin with
  tones (lang "zh-Latn-pinyin"), each once; a person without one says why in a note.
- The pinyin has one syllable per character: as many tone marks as characters, or fewer only for
  neutral-tone syllables of a transliterated name.
- Where the English name is the pinyin (most Han names), the pinyin without tones, spaces and
  apostrophes spells it: a tone on the wrong reading of a character (曾 céng for Zēng) shows.
  Names whose English form is not pinyin (Tibetan, Uyghur, Mongol names, Hong Kong and Macau
  romanizations) are listed with the reason in NOT_PINYIN.

Exits 1 with one line per problem.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

NOT_PINYIN = {
    # Tibetan names in their Tibetan romanization; the Chinese is a transliteration.
    "tenzin-gyatso", "choekyi-gyaltsen", "ngapoi-ngawang-jigme", "pagbalha-geleg-namgyai", "raidi",
    "qiangba-puncog", "padma-choling", "losang-jamcan",
    # Uyghur names.
    "saifuddin-azizi", "tomur-dawamat", "ismail-amat", "ismail-tiliwaldi", "arken-imirbaki",
    "shohrat-zakir", "burhan-shahidi", "abdulahat-abdulrixit",
    # Mongol names.
    "ulanhu", "uyunqimg", "bater",
    # Cantonese romanizations of Hong Kong and Macau.
    "tung-chee-hwa", "ho-hau-wah", "leung-chun-ying", "fok-ying-tung", "ma-man-kei", "an-zijie",
}
TONE_MARKS = {"\u0304", "\u0301", "\u030c", "\u0300"}


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    return re.sub(r"[^a-z]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def han_count(text):
    return sum(1 for c in text if unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH"))


def main(root):
    data = json.loads((Path(root) / "data" / "succession.json").read_text(encoding="utf-8"))
    problems = []
    seen_not_pinyin = set()
    for person in data["persons"]:
        pid = person["id"]
        by_lang = {}
        for other in person.get("other_names", []):
            by_lang.setdefault(other.get("lang"), []).append(other["name"])
        for lang, names in by_lang.items():
            if lang in ("zh-Hans", "zh-Hant", "zh-Latn-pinyin") and len(names) > 1:
                problems.append(f"{pid}: {len(names)} names in {lang}")
        if "zh-Hans" not in by_lang:
            if "en" not in person.get("note", {}) and not isinstance(person.get("note"), str):
                problems.append(f"{pid}: no Chinese name and no note saying why")
            continue
        hans = by_lang["zh-Hans"][0]
        if "zh-Hant" not in by_lang:
            problems.append(f"{pid}: no traditional name")
        if "zh-Latn-pinyin" not in by_lang:
            problems.append(f"{pid}: no pinyin")
            continue
        pinyin = by_lang["zh-Latn-pinyin"][0]
        marks = sum(1 for c in unicodedata.normalize("NFD", pinyin) if c in TONE_MARKS)
        chars = han_count(hans)
        neutral_allowed = 1 if pid in NOT_PINYIN else 0
        if not (chars - neutral_allowed <= marks <= chars):
            problems.append(f"{pid}: pinyin {pinyin!r} has {marks} tone marks for {chars} characters ({hans})")
        if pid in NOT_PINYIN:
            seen_not_pinyin.add(pid)
        elif fold(pinyin) != fold(person["name"]):
            problems.append(f"{pid}: pinyin {pinyin!r} does not spell the English name {person['name']!r}")
    for pid in sorted(NOT_PINYIN - seen_not_pinyin):
        problems.append(f"{pid}: listed in NOT_PINYIN but not in the dataset")
    for problem in problems:
        print(problem)
    print(f"{len(data['persons'])} persons, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
