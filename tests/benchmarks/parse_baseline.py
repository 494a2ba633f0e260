#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Python baseline of bench_parsing: what a Python status monitor does with a feed's bytes.

json.loads (or ElementTree for XML), then the same normalisation the adapters do, written plainly:
each component, service or item to a (service, region, status) cell with the provider's word mapped,
each incident with its dates parsed and its updates listed. Prints one line per file:
KIND<TAB>PATH<TAB>MB/s (the median of passes over at least half a second).

Usage: parse_baseline.py KIND=PATH...
"""
import email.utils
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ElementTree
from datetime import datetime, timezone

STATUSPAGE = {"operational": "operational", "degraded_performance": "degraded",
              "partial_outage": "partial_outage", "major_outage": "major_outage",
              "under_maintenance": "maintenance"}
IMPACT = {"none": "informational", "minor": "degraded", "major": "partial_outage",
          "critical": "major_outage", "maintenance": "maintenance"}
AWS = {"0": "operational", "1": "informational", "2": "degraded", "3": "major_outage"}
GCP = {"low": "degraded", "medium": "partial_outage", "high": "major_outage"}


def iso(text):
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def statuspage(data):
    root = json.loads(data)
    cells = [(c.get("name"), "global", STATUSPAGE.get(c.get("status"), "unknown"))
             for c in root.get("components") or [] if not c.get("group")]
    incidents = []
    for incident in (root.get("incidents") or []) + (root.get("scheduled_maintenances") or []):
        updates = [(iso(u.get("created_at")), u.get("status"), u.get("body"))
                   for u in incident.get("incident_updates") or []]
        incidents.append((incident.get("id"), incident.get("name"), IMPACT.get(incident.get("impact")),
                          iso(incident.get("created_at")), iso(incident.get("resolved_at")), updates))
    return cells, incidents


def aws(data):
    events = json.loads(data.decode("utf-16"))
    cells, incidents = [], []
    for event in events:
        region = event.get("arn", "").split(":")[3] or "global"
        for key, service in (event.get("impacted_services") or {}).items():
            cells.append((key, region, AWS.get(service.get("current"), "unknown")))
        log = [(datetime.fromtimestamp(int(entry.get("timestamp", 0)), timezone.utc), entry.get("status"),
                entry.get("message")) for entry in event.get("event_log") or []]
        incidents.append((event.get("arn"), event.get("summary"),
                          datetime.fromtimestamp(int(event.get("date", 0)), timezone.utc), log))
    return cells, incidents


def gcp(data):
    cells, incidents = [], []
    for incident in json.loads(data):
        severity = GCP.get(incident.get("severity"), "degraded")
        locations = [l.get("id") for l in incident.get("currently_affected_locations") or []] or ["global"]
        if not incident.get("end"):
            for product in incident.get("affected_products") or []:
                for location in locations:
                    cells.append((product.get("title"), location, severity))
        updates = [(iso(u.get("when")), u.get("status"), u.get("text")) for u in incident.get("updates") or []]
        incidents.append((incident.get("id"), incident.get("external_desc"), iso(incident.get("begin")),
                          iso(incident.get("end")), updates))
    return cells, incidents


def xml_feed(data):
    root = ElementTree.fromstring(data)
    incidents = []
    for item in root.iter("item"):
        date = item.findtext("pubDate")
        incidents.append((item.findtext("guid"), item.findtext("title"), item.findtext("description"),
                          email.utils.parsedate_to_datetime(date) if date else None))
    for entry in root.iter("{http://www.w3.org/2005/Atom}entry"):
        incidents.append((entry.findtext("{http://www.w3.org/2005/Atom}id"),
                          entry.findtext("{http://www.w3.org/2005/Atom}title"),
                          entry.findtext("{http://www.w3.org/2005/Atom}content"),
                          iso(entry.findtext("{http://www.w3.org/2005/Atom}updated"))))
    return [], incidents


def walk(value, found):
    """The JSON engines without a dedicated normaliser here: every object visited, its strings kept."""
    if isinstance(value, dict):
        found.append(tuple(v for v in value.values() if isinstance(v, str)))
        for child in value.values():
            walk(child, found)
    elif isinstance(value, list):
        for child in value:
            walk(child, found)
    return found


def generic(data):
    return walk(json.loads(data), []), []


KINDS = {"statuspage": statuspage, "aws": aws, "gcp": gcp, "azure": xml_feed, "rss": xml_feed,
         "statusio": generic, "firehydrant": generic, "slack": generic, "instatus": generic}


def throughput(kind, path):
    data = open(path, "rb").read()
    normalise = KINDS[kind]
    normalise(data)  # warm up
    times = []
    started = time.perf_counter()
    while time.perf_counter() - started < 0.5 or len(times) < 5:
        begin = time.perf_counter()
        normalise(data)
        times.append(time.perf_counter() - begin)
    return len(data) / statistics.median(times) / 1e6


def main():
    for argument in sys.argv[1:]:
        kind, path = argument.split("=", 1)
        print(f"{kind}\t{path}\t{throughput(kind, path):.3f}", flush=True)


if __name__ == "__main__":
    main()
