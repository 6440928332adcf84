# expect: memory_limit_exceeded
# The hashing answer: remember every visited node in a set. Correct and
# O(n) time, but O(n) extra memory.
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
    seen = set()
    node = head
    while node is not None:
        if node in seen:
            return node
        seen.add(node)
        node = node.next
    return None
