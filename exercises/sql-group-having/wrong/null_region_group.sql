-- expect: wrong_answer
-- Forgets the sales without a region: GROUP BY puts them together in a
-- group whose region is NULL.
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE sold_on >= :since
GROUP BY region
HAVING SUM(amount) >= :min_total
ORDER BY total DESC, region;
