"""End-to-end containment tests: hostile solutions against the real judge.

Each file in hostile/ attacks the sandbox in one way and is checked with

    pyjudge check tests/e2e/fixtures/probe <copy of hostile/<scenario>.py> --format json

Every hostile file prints `SENTINEL <scenario>` (flushed) right before its
hostile line, so a file that crashed early cannot pass for a contained attack.
The files are static; placeholders such as @@TCP_PORT@@ or @@TOKEN@@ are filled
in a copy made for each run (see placeholders()). docs/adversarial-suite.md lists
every scenario, the layer that stops it and the verdict asserted.

Besides its verdict, every scenario is checked for evidence of an escape:
files named with its token outside the scratch dir (/tmp, the exercise dir,
the repository, the home dir), connections or datagrams received by the
listeners the suite runs on 127.0.0.1, a unix socket path and an abstract unix
socket, and processes still alive once every check is over.

Run from the repository root:

    /usr/bin/python3 -m unittest tests/e2e/test_containment.py -v

PYJUDGE_BIN selects the judge binary (default: build/bin/pyjudge in this
repository). Standard library only; Linux only.

All checks run once, concurrently, in setUpClass; the test methods only assert
on the recorded results. The harness makes itself a child subreaper, so a test
process that outlives its supervisor is re-parented to it and can be found,
reported and killed (by pid) instead of lingering.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from containment.base import ContainmentBase  # noqa: E402
from containment.data_tests import DataTests  # noqa: E402
from containment.evidence_tests import EvidenceTests  # noqa: E402
from containment.limits_tests import LimitsTests  # noqa: E402
from containment.results_tests import ResultsTests  # noqa: E402


class ContainmentTest(ResultsTests, LimitsTests, DataTests, EvidenceTests, ContainmentBase):
    """Every scenario of hostile/, run once in setUpClass (ContainmentBase)."""


if __name__ == "__main__":
    unittest.main()
