"""``gremienlauf init``: the files of a municipality's own repository, from templates in the package.

Templates live in ``gremienlauf/templates/gemeinde/`` and use ``string.Template`` placeholders only
(``${name}``): nothing in them runs. Values that land inside YAML are quoted by the code, so a name
with a colon or a comma cannot change the structure of a file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

import yaml

from gremienlauf import __version__
from gremienlauf.errors import GremienlaufError
from gremienlauf.names import slug

KREISFREI = ("kreisfreie_stadt", "stadtkreis", "kreis", "landkreis", "region", "regionalverband", "bezirk",
             "stadtgemeinde")
KREISE = ("kreis", "landkreis", "region", "regionalverband")
CODE = "OR001"

# template file → path in the new repository (dot files are stored without the dot in the package)
FILES = {
    "README.md.tmpl": "README.md",
    "koerperschaften.yaml.tmpl": "koerperschaften.yaml",
    "satzung.yaml.tmpl": "regeln/satzung.yaml",
    "satzung.feature.tmpl": "features/satzung.feature",
    "beispiel.yaml.tmpl": "vorlagen/beispiel.yaml",
    "pre-commit-config.yaml.tmpl": ".pre-commit-config.yaml",
    "github-workflow.yml.tmpl": ".github/workflows/gremienlauf.yml",
    "gitlab-ci.yml.tmpl": ".gitlab-ci.yml",
    "gitignore.tmpl": ".gitignore",
}


@dataclass(frozen=True)
class Wunsch:
    """What the user asked ``init`` for."""

    name: str
    typ: str | None = None
    land: str | None = None
    id: str | None = None
    kreis: str | None = None
    jugendamt: bool | None = None
    paket: str = ""  # pip requirement the generated CI files and README install gremienlauf from


def installationsquelle() -> tuple[str, bool]:
    """A pip requirement for the gremienlauf that runs now, and whether another machine can reach it.

    Until gremienlauf is on the package index, "gremienlauf==X" cannot install; the source of this
    installation can (PEP 610 direct_url.json: a Git URL with its commit, or a local path)."""
    import json
    from importlib import metadata

    try:
        raw = metadata.distribution("gremienlauf").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        raw = None
    info = json.loads(raw) if raw else {}
    url = info.get("url", "")
    vcs = info.get("vcs_info")
    if vcs and url:
        return f"gremienlauf @ {vcs['vcs']}+{url}@{vcs.get('commit_id', '')}".rstrip("@"), True
    if url.startswith(("http://", "https://")):
        return f"gremienlauf @ {url}", True
    if url:
        return f"gremienlauf @ {url}", False
    return f"gremienlauf=={__version__}", False


def render(wunsch: Wunsch) -> dict[str, str]:
    """Every file of the new repository: relative path → text."""
    bodies = registry_entries(wunsch)
    body = bodies[0]
    values = _values(body, bodies)
    values["paket"] = wunsch.paket or f"gremienlauf=={__version__}"
    root = files("gremienlauf").joinpath("templates", "gemeinde")
    out = {}
    for template, target in FILES.items():
        text = root.joinpath(template).read_text(encoding="utf-8")
        out[target] = Template(text).substitute(values)
    return out


def write(target: Path, rendered: dict[str, str]) -> list[str]:
    """Write all files, or none: an existing file is never overwritten."""
    if target.exists() and not target.is_dir():
        raise GremienlaufError(f"'{target}' ist eine Datei, kein Verzeichnis")
    taken = sorted(rel for rel in rendered if (target / rel).exists())
    if taken:
        raise GremienlaufError(f"in '{target}' gibt es schon {', '.join(taken)}; nichts wurde geschrieben "
                               "(leeres oder neues Verzeichnis angeben)")
    for rel, text in sorted(rendered.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    return sorted(rendered)


def registry_entries(wunsch: Wunsch) -> list[dict[str, Any]]:
    """The Körperschaft's registry entry (copied when gremienlauf knows it), plus its Kreis if unknown."""
    if re.search(r'["|\\\n\r\t]', wunsch.name) or not wunsch.name.strip():
        raise GremienlaufError(f"Name '{wunsch.name}' darf keine Anführungszeichen, '|' oder Zeilenumbrüche "
                               "enthalten")
    known = _bundled(wunsch.id or wunsch.name)
    if known is not None:
        for option, value in (("--typ", wunsch.typ), ("--land", wunsch.land)):
            field = option.lstrip("-")
            if value is not None and value != known[field]:
                raise GremienlaufError(f"'{known['name']}' ist schon eingetragen mit {field} '{known[field]}', "
                                       f"nicht '{value}' ({option} weglassen)")
        entry = dict(known)
        entry["gremien"] = [dict(g) for g in known["gremien"]]
        _add_school_committee(entry)
        return [entry]
    if wunsch.typ is None or wunsch.land is None:
        raise GremienlaufError(f"'{wunsch.name}' ist nicht eingetragen: --typ und --land angeben "
                               "(bekannte Körperschaften: gremienlauf koerperschaften)")
    return _new_entries(wunsch)


def _bundled(ref: str) -> dict[str, Any] | None:
    """The bundled entry, with its Gremien written out where the Land's template supplies them (the new
    repository's file lists them, so the clerk sees and edits them)."""
    from gremienlauf.load.bodies import load_registry
    from gremienlauf.load.files import bundled_yaml

    body = load_registry().find_body(ref)
    if body is None:
        return None
    for doc in bundled_yaml("bodies"):
        for raw in doc.value["koerperschaften"]:
            if raw["id"] == body.id and "gremien" in raw:
                return dict(raw)
    entry: dict[str, Any] = {"id": body.id, "name": body.name, "typ": body.typ, "land": body.land}
    if body.kreis:
        entry["kreis"] = body.kreis
    entry["jugendamt"] = body.jugendamt
    if body.ags:
        entry["ags"] = body.ags
    entry["gremien"] = [{"id": o.id, "name": o.name, "art": o.art,
                         **({"weitere_arten": list(o.weitere_arten)} if o.weitere_arten else {}),
                         **({"aliase": list(o.aliases)} if o.aliases else {})} for o in body.organizations]
    return entry


def _new_entries(w: Wunsch) -> list[dict[str, Any]]:
    assert w.typ is not None and w.land is not None
    kreisfrei = w.typ in KREISFREI
    if kreisfrei and w.kreis:
        raise GremienlaufError(f"--kreis passt nicht zu --typ {w.typ}: nur kreisangehörige Städte und Gemeinden "
                               "gehören zu einem Kreis")
    jugendamt = kreisfrei if w.jugendamt is None else w.jugendamt
    if not kreisfrei and not jugendamt and not w.kreis:
        raise GremienlaufError("--kreis angeben: ohne eigenes Jugendamt ist der Kreis Träger der Jugendhilfe "
                               "(oder --jugendamt, wenn die Stadt ein eigenes hat)")
    body_id = w.id or slug(w.name)
    entry: dict[str, Any] = {"id": body_id, "name": w.name, "typ": w.typ, "land": w.land}
    if w.kreis:
        entry["kreis"] = w.kreis
    entry["jugendamt"] = jugendamt
    if not jugendamt:
        entry["jugendhilfetraeger"] = w.kreis
    entry["gremien"] = _gremien(w.name, w.typ in KREISE, jugendamt)
    entries = [entry]
    if w.kreis and _bundled(w.kreis) is None:
        kreis_name = "Kreis " + " ".join(p.capitalize() for p in w.kreis.split("-") if p not in ("kreis", "landkreis"))
        entries.append({"id": w.kreis, "name": kreis_name, "typ": "kreis", "land": w.land, "jugendamt": True,
                        "gremien": _gremien(kreis_name, True, True, schule=False)})
    return entries


def _gremien(name: str, kreis: bool, jugendamt: bool, schule: bool = True) -> list[dict[str, Any]]:
    def g(gid: str, gname: str, art: str, aliase: list[str], **more: Any) -> dict[str, Any]:
        return {"id": gid, "name": gname, "art": art, **more, "aliase": aliase}

    if kreis:
        out = [g("kreistag", "Kreistag", "vertretung", ["KT", f"Kreistag {name}"]),
               g("kreisausschuss", "Kreisausschuss", "kreisausschuss", ["KA"])]
    else:
        ort = "Stadtrat" if name.lower().startswith("stadt") else "Gemeinderat"
        out = [g("rat", f"Rat {genitiv(name)}", "vertretung", ["Rat", ort]),
               g("haupt-und-finanzausschuss", "Haupt- und Finanzausschuss", "hauptausschuss", ["HFA", "Hauptausschuss"],
                 weitere_arten=["finanzausschuss"])]
    if jugendamt:
        out.append(g("jugendhilfeausschuss", "Jugendhilfeausschuss", "jugendhilfeausschuss", ["JHA"]))
    if schule:
        out.append(g("schulausschuss", "Schulausschuss", "fachausschuss", ["Ausschuss für Schule"]))
    chef = ("landrat", "Landrat", ["Landrätin"]) if kreis else ("buergermeister", "Bürgermeister", ["Bürgermeisterin"])
    out.append(g(chef[0], chef[1], "hauptverwaltungsbeamter", chef[2]))
    return out


def _add_school_committee(entry: dict[str, Any]) -> None:
    """The example rule needs a Schulausschuss; a copied entry may not list one yet."""
    names = {n.lower() for g in entry["gremien"] for n in (g["name"], *g.get("aliase", ()))}
    if "schulausschuss" not in names:
        entry["gremien"].append({"id": "schulausschuss", "name": "Schulausschuss", "art": "fachausschuss",
                                 "aliase": ["Ausschuss für Schule"]})


def _named(body: dict[str, Any], *arten: str) -> str:
    return next(g["name"] for art in arten for g in body["gremien"] if g["art"] == art)


def _values(body: dict[str, Any], bodies: list[dict[str, Any]]) -> dict[str, str]:
    kreis = body["typ"] in KREISE
    vertretung = _named(body, "vertretung")
    vorbereitung = _named(body, "kreisausschuss" if kreis else "hauptausschuss")
    schule = next(g["name"] for g in body["gremien"] if "schulausschuss" in
                  {n.lower() for n in (g["name"], *g.get("aliase", ()))})
    registry = yaml.dump({"koerperschaften": bodies}, Dumper=_Indented, allow_unicode=True, sort_keys=False,
                         width=100, default_flow_style=None)
    return {
        "name": body["name"], "id": body["id"], "id_": body["id"].replace("-", "_"), "version": __version__,
        "pack_id": f"ortsrecht-{body['id']}", "code": CODE, "registry": registry,
        "genitiv": genitiv(body["name"]), "norm": _q(f"Zuständigkeitsordnung {genitiv(body['name'])}"),
        "titel": _q(f"Örtliche Regeln {genitiv(body['name'])}"),
        "vertretung": vertretung, "vorbereitung": vorbereitung, "schulausschuss": schule,
        "vertretung_q": _q(vertretung), "vorbereitung_q": _q(vorbereitung), "schulausschuss_q": _q(schule),
        "tabelle_ohne": _table([(vorbereitung, "vorberatung"), (vertretung, "entscheidung")]),
        "tabelle_mit": _table([(schule, "vorberatung"), (vorbereitung, "vorberatung"), (vertretung, "entscheidung")]),
    }


class _Indented(yaml.SafeDumper):
    """Lists indented under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def genitiv(name: str) -> str:
    """'Kreis Coesfeld' → 'des Kreises Coesfeld', 'Stadt Kamen' → 'der Stadt Kamen', else 'von …'."""
    first, _, rest = name.partition(" ")
    if first in ("Kreis", "Landkreis") and rest:
        return f"des {first}es {rest}"
    if first.endswith(("stadt", "Stadt", "gemeinde", "Gemeinde", "Samtgemeinde", "Verbandsgemeinde")) and rest:
        return f"der {name}"
    return f"von {name}"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _table(rows: list[tuple[str, str]]) -> str:
    """A Gherkin table, aligned, indented for a step inside a 'Beispiel'."""
    rows = [("gremium", "rolle"), *rows]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"        | {a:<{width}} | {b:<12} |" for a, b in rows)
