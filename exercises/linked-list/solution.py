class Node:
    """A node of a singly linked list."""

    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def reverse_list(head):
    """Reverse the list in place and return its new head (the old tail)."""
    previous = None
    current = head
    while current is not None:
        following = current.next
        current.next = previous
        previous = current
        current = following
    return previous


def find_cycle_start(head):
    """Return the node where the list's cycle begins, or None (Floyd)."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            # The meeting point is as far from the cycle's start as the head
            # is: walk one pointer from each, one step at a time.
            slow = head
            while slow is not fast:
                slow = slow.next
                fast = fast.next
            return slow
    return None
