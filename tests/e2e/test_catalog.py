"""Every bundled exercise: the reference solution is accepted and every
known-wrong solution gets exactly the verdict it declares."""
import concurrent.futures
import sys
import unittest

sys.path.insert(0, __import__("os").path.dirname(__file__))
import cli  # noqa: E402


def _cases():
    for exercise in sorted(p for p in cli.EXERCISES.iterdir() if (p / "exercise.yaml").exists()):
        yield exercise, exercise / "solution.py", "accepted"
        for wrong in sorted((exercise / "wrong").glob("*.py")):
            yield exercise, wrong, cli.declared_verdict(wrong)


class CatalogTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cases = list(_cases())
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            reports = pool.map(lambda c: cli.check_json(c[0].name, c[1]), cases)
            cls.results = list(zip(cases, reports))

    def test_catalog_is_not_empty(self):
        self.assertGreaterEqual(len({c[0] for c, _ in self.results}), 4)

    def test_every_solution_gets_its_declared_verdict(self):
        for (exercise, solution, expected), (report, code) in self.results:
            with self.subTest(solution=str(solution.relative_to(cli.ROOT))):
                failing = [t for t in report["tests"] if t["verdict"] != "accepted"]
                self.assertEqual(report["verdict"], expected, f"first failures: {failing[:2]} {report['message']}")
                self.assertEqual(code, 0 if expected == "accepted" else 1)
                if expected == "accepted":
                    self.assertEqual(report["score"], 1.0)

    def test_every_wrong_solution_fails_a_hidden_test(self):
        for (exercise, solution, expected), (report, _) in self.results:
            if expected == "accepted" or expected == "rule_violation":
                continue
            with self.subTest(solution=str(solution.relative_to(cli.ROOT))):
                hidden_failures = [t for t in report["tests"] if not t["visible"] and t["verdict"] != "accepted"]
                self.assertTrue(hidden_failures, "caught only by visible examples")


if __name__ == "__main__":
    unittest.main()
