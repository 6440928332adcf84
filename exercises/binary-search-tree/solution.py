class _Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    """An unbalanced binary search tree of distinct keys.

    Every method walks the tree with a loop (and __iter__ with an explicit
    stack), so a degenerate tree as deep as it has keys is no problem.
    """

    def __init__(self) -> None:
        self._root = None
        self._size = 0

    def insert(self, key) -> None:
        if self._root is None:
            self._root = _Node(key)
            self._size = 1
            return
        node = self._root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = _Node(key)
                    break
                node = node.left
            elif node.key < key:
                if node.right is None:
                    node.right = _Node(key)
                    break
                node = node.right
            else:
                return  # already present: nothing changes
        self._size += 1

    def contains(self, key) -> bool:
        node = self._root
        while node is not None:
            if key < node.key:
                node = node.left
            elif node.key < key:
                node = node.right
            else:
                return True
        return False

    def delete(self, key) -> None:
        parent, node = None, self._root
        while node is not None:
            if key < node.key:
                parent, node = node, node.left
            elif node.key < key:
                parent, node = node, node.right
            else:
                break
        if node is None:
            raise KeyError(key)
        if node.left is not None and node.right is not None:
            # Two children: take the key of the in-order successor (the
            # smallest key of the right subtree), then unlink the successor,
            # which has no left child.
            parent, successor = node, node.right
            while successor.left is not None:
                parent, successor = successor, successor.left
            node.key = successor.key
            node = successor
        child = node.left if node.left is not None else node.right
        if parent is None:
            self._root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child
        self._size -= 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self):
        stack = []
        node = self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
