# expect: wrong_answer
# Never decrements the size: len() keeps counting deleted keys.
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
                return
        self._size += 1

    def contains(self, key) -> bool:
        node = self._root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key) -> None:
        parent, node = None, self._root
        while node is not None and node.key != key:
            parent, node = node, (node.left if key < node.key else node.right)
        if node is None:
            raise KeyError(key)
        if node.left is not None and node.right is not None:
            parent, succ = node, node.right
            while succ.left is not None:
                parent, succ = succ, succ.left
            node.key = succ.key
            node = succ
        child = node.left if node.left is not None else node.right
        if parent is None:
            self._root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child

    def __len__(self) -> int:
        return self._size

    def __iter__(self):
        stack, node = [], self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
