# expect: runtime_error
# Loops on `fast.next.next` without first checking `fast` itself: on a list
# without a cycle fast can become None, and None has no `next`
# (AttributeError).
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def reverse_list(head):
    previous = None
    while head is not None:
        following = head.next
        head.next = previous
        previous = head
        head = following
    return previous


def find_cycle_start(head):
    if head is None:
        return None
    slow = fast = head
    while fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow = slow.next
                fast = fast.next
            return slow
    return None
