def min_coins(coins: list, amount: int) -> int:
    """Fewest coins that add up to amount (each denomination unlimited), or -1."""
    impossible = amount + 1  # more coins than any real answer can use
    fewest = [0] + [impossible] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total and fewest[total - coin] + 1 < fewest[total]:
                fewest[total] = fewest[total - coin] + 1
    return fewest[amount] if fewest[amount] != impossible else -1


def count_ways(coins: list, amount: int) -> int:
    """Number of multisets of coins that add up to amount (order does not matter)."""
    ways = [1] + [0] * amount
    for coin in coins:  # coins in the outer loop: each combination counted once
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
