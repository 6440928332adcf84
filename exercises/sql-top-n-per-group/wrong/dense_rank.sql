-- expect: wrong_answer
-- DENSE_RANK() does not skip ranks after a tie: 9000, 9000, 8000 get 1, 1, 2,
-- so too many employees come back.
WITH ranked AS (
    SELECT id, name, department, salary,
           DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
)
SELECT department, id, name, salary, salary_rank
FROM ranked
WHERE salary_rank <= :n
ORDER BY department, salary_rank, id;
