"""The JSON schema of Exercism's results.json version 3, written from the
interface (tests/fixtures/exercism-results-v3.schema.json), and a check with
Debian's python3-jsonschema."""
import json
import pathlib

import jsonschema

SCHEMA = json.loads((pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "exercism-results-v3.schema.json")
                    .read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def errors(document):
    """Every way `document` breaks the schema, as "path: message"; [] when valid."""
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDATOR.iter_errors(document)]
