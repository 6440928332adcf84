-- expect: time_limit_exceeded
-- The rank computed without window functions: right, but each correlated
-- subquery scans the whole table once per employee.
SELECT department, id, name, salary, salary_rank
FROM (
    SELECT e.department, e.id, e.name, e.salary,
           1 + (SELECT COUNT(*) FROM employees AS o
                 WHERE o.department = e.department AND o.salary > e.salary) AS salary_rank
    FROM employees AS e
    WHERE e.salary IS NOT NULL
)
WHERE salary_rank <= :n
ORDER BY department, salary_rank, id;
