# expect: wrong_answer
# The second phase moves both pointers before it compares them, so when the
# pointers already stand on the start of the cycle (a cycle back to the
# head) it walks past it.
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
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            slow = head
            while True:
                slow = slow.next
                fast = fast.next
                if slow is fast:
                    return slow
    return None
