# expect: wrong_answer
# Sorts the caller's list in place (to stop early at the first coin that is
# too large): right answers, but the input is modified.
def min_coins(coins: list, amount: int) -> int:
    coins.sort()
    impossible = amount + 1
    fewest = [0] + [impossible] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin > total:
                break
            fewest[total] = min(fewest[total], fewest[total - coin] + 1)
    return fewest[amount] if fewest[amount] != impossible else -1


def count_ways(coins: list, amount: int) -> int:
    coins.sort()
    ways = [1] + [0] * amount
    for coin in coins:
        if coin > amount:
            break
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
