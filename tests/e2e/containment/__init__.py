"""The containment suite's harness and its tests, grouped by attack (test_containment.py runs them)."""
