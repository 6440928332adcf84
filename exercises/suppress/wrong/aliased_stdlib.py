# expect: rule_violation
# Simply re-exports the standard library class under an alias.
import contextlib as _cl

suppress = _cl.suppress
