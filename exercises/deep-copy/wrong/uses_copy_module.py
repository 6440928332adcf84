# expect: rule_violation
# Delegates to the standard library, which the exercise forbids.
import copy


def deepcopy(obj):
    return copy.deepcopy(obj)
