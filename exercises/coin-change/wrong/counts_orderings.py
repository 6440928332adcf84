# expect: wrong_answer
# The loop over the amounts is outside the loop over the coins, so every
# ordering of a combination is counted: 1+2 and 2+1 count as two ways.
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
    ways = [1] + [0] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total:
                ways[total] += ways[total - coin]
    return ways[amount]
