-- expect: wrong_answer
-- Ranks over the whole company instead of within each department.
WITH ranked AS (
    SELECT id, name, department, salary,
           RANK() OVER (ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
)
SELECT department, id, name, salary, salary_rank
FROM ranked
WHERE salary_rank <= :n
ORDER BY department, salary_rank, id;
