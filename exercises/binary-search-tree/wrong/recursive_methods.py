# expect: runtime_error
# The textbook recursive BST: correct, but a chain of thousands of keys
# (keys inserted in ascending order) exceeds Python's recursion limit.
class _Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self) -> None:
        self._root = None
        self._size = 0

    def insert(self, key) -> None:
        self._root = self._insert(self._root, key)

    def _insert(self, node, key):
        if node is None:
            self._size += 1
            return _Node(key)
        if key < node.key:
            node.left = self._insert(node.left, key)
        elif node.key < key:
            node.right = self._insert(node.right, key)
        return node

    def contains(self, key) -> bool:
        return self._contains(self._root, key)

    def _contains(self, node, key):
        if node is None:
            return False
        if key < node.key:
            return self._contains(node.left, key)
        if node.key < key:
            return self._contains(node.right, key)
        return True

    def delete(self, key) -> None:
        self._root = self._delete(self._root, key)
        self._size -= 1

    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif node.key < key:
            node.right = self._delete(node.right, key)
        elif node.left is None:
            return node.right
        elif node.right is None:
            return node.left
        else:
            successor = node.right
            while successor.left is not None:
                successor = successor.left
            node.key = successor.key
            node.right = self._delete(node.right, successor.key)
        return node

    def __len__(self) -> int:
        return self._size

    def __iter__(self):
        yield from self._walk(self._root)

    def _walk(self, node):
        if node is not None:
            yield from self._walk(node.left)
            yield node.key
            yield from self._walk(node.right)
