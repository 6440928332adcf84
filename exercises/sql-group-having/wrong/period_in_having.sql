-- expect: wrong_answer
-- Puts the period into HAVING: every sale is summed, and the bare sold_on in
-- HAVING is taken from an arbitrary row of the group.
SELECT region, COUNT(*) AS sales, SUM(amount) AS total
FROM sales
WHERE region IS NOT NULL
GROUP BY region
HAVING sold_on >= :since AND SUM(amount) >= :min_total
ORDER BY total DESC, region;
