# expect: time_limit_exceeded
# Plain recursion over the first coin to use: correct, but the same
# sub-amounts are solved again and again, exponentially many times.
def min_coins(coins: list, amount: int) -> int:
    if amount == 0:
        return 0
    best = -1
    for coin in coins:
        if coin <= amount:
            rest = min_coins(coins, amount - coin)
            if rest != -1 and (best == -1 or rest + 1 < best):
                best = rest + 1
    return best


def count_ways(coins: list, amount: int) -> int:
    def ways(index, remaining):
        if remaining == 0:
            return 1
        if index == len(coins):
            return 0
        total = 0
        while remaining >= 0:
            total += ways(index + 1, remaining)
            remaining -= coins[index]
        return total

    return ways(0, amount)
