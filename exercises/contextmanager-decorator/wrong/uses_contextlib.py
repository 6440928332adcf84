# expect: rule_violation
# Re-exports the standard library's decorator, which the exercise forbids.
from contextlib import contextmanager
