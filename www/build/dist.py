#!/usr/bin/env python3
"""Writes the page as one self-contained HTML file (styles, scripts and wasm inside).

    python3 www/build/dist.py WWW_DIR OUT_FILE

The stylesheet and the scripts of index.html (pkg/*.js, js/*.js, app.js: every
<script src="..." defer>) are inlined (scripts at the end of <body>, in their order, since inline
scripts cannot be deferred) and the Content-Security-Policy allows
exactly those inline blocks by their SHA-256 hashes instead of 'self'.
"""

import base64
import hashlib
import pathlib
import re
import sys


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> None:
    www = pathlib.Path(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    html = (www / "index.html").read_text(encoding="utf-8")

    css = (www / "style.css").read_text(encoding="utf-8")
    if "</style" in css.lower():
        raise SystemExit("style.css contains </style")
    link = '<link rel="stylesheet" href="style.css">'
    if link not in html:
        raise SystemExit("index.html: stylesheet link not found")
    html = html.replace(link, "<style>" + css + "</style>")

    icon = '<link rel="icon" href="favicon.svg" type="image/svg+xml">'
    if icon in html:
        svg = (www / "favicon.svg").read_bytes()
        data = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
        html = html.replace(icon, f'<link rel="icon" href="{data}" type="image/svg+xml">')

    scripts = []
    for match in re.finditer(r'<script src="([^"]+)" defer></script>\n?', html):
        source = (www / match.group(1)).read_text(encoding="utf-8")
        if "</script" in source.lower():
            raise SystemExit(f"{match.group(1)} contains </script")
        scripts.append(source)
    if not scripts:
        raise SystemExit("index.html: no scripts found")
    html = re.sub(r'<script src="([^"]+)" defer></script>\n?', "", html)
    if "<script src=" in html:
        raise SystemExit('index.html: a <script src> not in the form <script src="..." defer></script>')
    inline = "".join("<script>" + s + "</script>\n" for s in scripts)
    html = html.replace("</body>", inline + "</body>")

    hashes = " ".join(sha256(s) for s in scripts)
    old = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self';"
    if old not in html:
        raise SystemExit("index.html: Content-Security-Policy not in the expected form")
    html = html.replace(old, f"script-src {hashes} 'wasm-unsafe-eval'; style-src {sha256(css)}; img-src data:;")

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(f"{out}: {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
