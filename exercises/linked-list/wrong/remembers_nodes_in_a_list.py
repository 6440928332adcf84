# expect: time_limit_exceeded
# Avoids sets but keeps the visited nodes in a list: `node in visited` scans
# the list, O(n^2) in total (and still O(n) memory).
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
    visited = []
    node = head
    while node is not None:
        if node in visited:
            return node
        visited.append(node)
        node = node.next
    return None
