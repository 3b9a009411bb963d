#!/usr/bin/env python3
"""Every screenshot of the metainfo is in English and in Simplified Chinese, under the project's
homepage, and its file is committed under screenshots/ as a PNG of a whole window.

    check-metainfo-screenshots.py SOURCE_ROOT
"""
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    return struct.unpack('>II', data[16:24])


def main(root):
    root = Path(root)
    metainfo = root / 'data' / 'io.github.succession.Succession.metainfo.xml.in.in'
    component = ET.parse(metainfo).getroot()
    homepage = component.find("url[@type='homepage']").text.rstrip('/')
    prefix = homepage + '/raw/main/screenshots/'
    problems = []
    screenshots = component.findall('screenshots/screenshot')
    if not screenshots:
        problems.append('no screenshots')
    for number, screenshot in enumerate(screenshots, 1):
        languages = set()
        for image in screenshot.findall('image'):
            url = image.text.strip()
            languages.add(image.get(XML_LANG, 'en'))
            if not url.startswith(prefix):
                problems.append(f'screenshot {number}: {url} is not under {prefix}')
                continue
            path = root / 'screenshots' / url[len(prefix):]
            size = png_size(path) if path.is_file() else None
            if size is None:
                problems.append(f'screenshot {number}: {path.relative_to(root)} is missing or not a PNG')
            elif size[0] < 1000 or size[1] < 600:
                problems.append(f'screenshot {number}: {path.relative_to(root)} is {size[0]}x{size[1]}, not a whole window')
            else:
                print(f'screenshot {number} ({image.get(XML_LANG, "en")}): {path.relative_to(root)}, {size[0]}x{size[1]}')
        for wanted in ('en', 'zh_CN'):
            if wanted not in languages:
                problems.append(f'screenshot {number}: no image in {wanted}')
        if screenshot.find('caption') is None:
            problems.append(f'screenshot {number}: no caption')
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
