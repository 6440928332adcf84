# expect: wrong_answer
# Builds a reversed copy out of new nodes: the values come out right, but
# the original nodes are not relinked and the result is made of other
# objects.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def reverse_list(head):
    reversed_head = None
    while head is not None:
        reversed_head = Node(head.value, reversed_head)
        head = head.next
    return reversed_head


def find_cycle_start(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow = slow.next
                fast = fast.next
            return slow
    return None
