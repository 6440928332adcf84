# expect: wrong_answer
# O(1) memory by pointing every visited node's `next` at a marker node: the
# first node whose `next` is already the marker starts the cycle. It finds
# the right node but destroys the list.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


_VISITED = Node(None)


def reverse_list(head):
    previous = None
    while head is not None:
        following = head.next
        head.next = previous
        previous = head
        head = following
    return previous


def find_cycle_start(head):
    node = head
    while node is not None:
        if node.next is _VISITED:
            return node
        following = node.next
        node.next = _VISITED
        node = following
    return None
