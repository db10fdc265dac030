#!/usr/bin/env python3
"""A folder with every kind of bad input an attacker or a careless crawler makes, beside good files, ingested as a
user would: every good article stored, every bad file named on stderr, exit code 1, no stack trace, peak memory of
the ingest under 1 GB. usage: check-bad-input.py MARSAD_DLL SAMPLES_DIR"""
import gzip, io, json, os, resource, sqlite3, subprocess, sys, tempfile, zipfile, zlib

marsad, samples = sys.argv[1], sys.argv[2]
GB = 1 << 30
BODY = "أعلنت وزارة الخارجية اليوم أنها ستستضيف اجتماعا لوزراء خارجية دول المنطقة الشهر المقبل في مدينة {}."


def record(url, city):
    return {"url": url, "title": "خبر من " + city, "content": BODY.format(city), "date_extracted": "2015-07-21 10:00:00"}


def deflated_zeros(size, out, chunk=b"\0" * (1 << 20)):
    """Compresses `size` zero bytes into `out` a megabyte at a time (the bomb is never held whole)."""
    z = zlib.compressobj(6, zlib.DEFLATED, -15)
    for _ in range(size // len(chunk)):
        out.write(z.compress(chunk))
    out.write(z.flush())


def zip_bomb(path):
    """A zip whose first entry inflates to 1 GB of zeros, written by hand (zipfile would compress it in memory)."""
    body = io.BytesIO()
    deflated_zeros(GB, body)
    data = body.getvalue()
    crc = 0
    zero = b"\0" * (1 << 20)
    for _ in range(GB // len(zero)):
        crc = zlib.crc32(zero, crc)
    name = b"zeros.txt"
    with open(path, "wb") as f:
        local = b"PK\x03\x04" + (20).to_bytes(2, "little") + b"\0\0" + (8).to_bytes(2, "little") + b"\0\0\0\0" \
            + crc.to_bytes(4, "little") + len(data).to_bytes(4, "little") + GB.to_bytes(4, "little") \
            + len(name).to_bytes(2, "little") + b"\0\0" + name
        f.write(local)
        f.write(data)
        central_at = f.tell()
        central = b"PK\x01\x02" + (20).to_bytes(2, "little") + (20).to_bytes(2, "little") + b"\0\0" + (8).to_bytes(2, "little") \
            + b"\0\0\0\0" + crc.to_bytes(4, "little") + len(data).to_bytes(4, "little") + GB.to_bytes(4, "little") \
            + len(name).to_bytes(2, "little") + b"\0\0" * 4 + b"\0\0\0\0" + b"\0\0\0\0" + name
        f.write(central)
        f.write(b"PK\x05\x06" + b"\0\0\0\0" + (1).to_bytes(2, "little") * 2 + len(central).to_bytes(4, "little")
                + central_at.to_bytes(4, "little") + b"\0\0")


def gz_huge_field(path):
    """A .json.gz holding one record whose text field is 1 GB long."""
    with gzip.open(path, "wb", compresslevel=6) as g:
        g.write(b'[{"url": "http://bad/huge", "title": "x", "content": "')
        chunk = b"a" * (1 << 20)
        for _ in range(GB // len(chunk)):
            g.write(chunk)
        g.write(b'"}]')


def build(folder):
    good = []
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            with open(os.path.join(samples, name), "rb") as src, open(os.path.join(folder, name), "wb") as dst:
                dst.write(src.read())
            good.append(name)
    with open(os.path.join(folder, "good.json"), "w", encoding="utf-8") as f:
        json.dump([record("http://good/1", "جدة"), record("http://good/2", "الرياض")], f, ensure_ascii=False)
    # a zip with a corrupt middle entry: the entries on either side are good
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for i, city in enumerate(["الدمام", "مكة", "تبوك"]):
            z.writestr(f"e{i}.json", json.dumps([record(f"http://zip/{i}", city)], ensure_ascii=False))
    data = bytearray(buf.getvalue())
    at = data.rfind("مكة".encode())
    data[at] ^= 1
    with open(os.path.join(folder, "crc.zip"), "wb") as f:
        f.write(data)
    with open(os.path.join(folder, "jsonld.html"), "w", encoding="utf-8") as f:
        f.write('<html><head><script type="application/ld+json">{"@type": 5, "headline": 7}</script></head><body></body></html>')
    with open(os.path.join(folder, "records.jsonl"), "w", encoding="utf-8") as f:
        f.write('{}\n{"content": 5}\n\n{"content": "", "title": ""}\n')
        f.write(json.dumps({**record("http://good/3", "أبها"), "published": "not a date"}, ensure_ascii=False) + "\n")
    for name, size in (("chunk-ffffffff.warc", "ffffffff"), ("chunk-100000000.warc", "100000000")):
        http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{size}\r\nabc\r\n0\r\n\r\n"
        with open(os.path.join(folder, name), "w") as f:
            f.write(f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bad/{size}\r\n"
                    f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n{http}\r\n\r\n")
    zip_bomb(os.path.join(folder, "bomb.zip"))
    gz_huge_field(os.path.join(folder, "huge-field.json.gz"))
    bad = ["crc.zip", "jsonld.html", "records.jsonl", "chunk-ffffffff.warc", "chunk-100000000.warc", "bomb.zip", "huge-field.json.gz"]
    urls = ["http://good/1", "http://good/2", "http://zip/0", "http://zip/2", "http://good/3"]
    return good, bad, urls


def main():
    with tempfile.TemporaryDirectory() as work:
        folder = os.path.join(work, "input")
        os.mkdir(folder)
        good_files, bad_files, good_urls = build(folder)
        store = os.path.join(work, "store")
        run = subprocess.run(["dotnet", marsad, "ingest", folder, "--data", store], capture_output=True, text=True)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        db = sqlite3.connect(os.path.join(store, "articles.db"))
        urls = {u for (u,) in db.execute("SELECT url FROM articles")}
        locations = " ".join(l or "" for (l,) in db.execute("SELECT location FROM articles"))
        db.close()
        problems = []
        if run.returncode != 1:
            problems.append(f"exit code {run.returncode}, expected 1")
        problems += [f"good article {u} not stored" for u in good_urls if u not in urls]
        problems += [f"good file {f} not stored" for f in good_files if f not in locations]
        problems += [f"bad file {f} not named" for f in bad_files if f not in run.stderr]
        if "   at " in run.stderr:
            problems.append("a stack trace on stderr")
        if peak_mb >= 1024:
            problems.append(f"peak memory {peak_mb:,.0f} MB, expected < 1,024 MB")
        if problems:
            print("check-bad-input: " + "; ".join(problems), file=sys.stderr)
            print(run.stderr[-3000:], file=sys.stderr)
            sys.exit(1)
        if os.environ.get("VERBOSE"): print(run.stderr)
        print(f"check-bad-input: {len(good_files) + len(good_urls)} good inputs stored, {len(bad_files)} bad files named, exit 1, peak memory {peak_mb:,.0f} MB")


main()
