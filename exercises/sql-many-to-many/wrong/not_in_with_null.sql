-- expect: wrong_answer
-- NOT IN over a subquery that returns a NULL course_id is never true:
-- no course is reported empty once a request without a course exists.
-- query: complete_department
SELECT s.id, s.name
FROM students AS s
JOIN enrollments AS e ON e.student_id = s.id
JOIN courses AS c ON c.id = e.course_id
WHERE c.department = :department
GROUP BY s.id, s.name
HAVING COUNT(DISTINCT c.id) = (SELECT COUNT(*) FROM courses WHERE department = :department)
ORDER BY s.name, s.id;

-- query: empty_courses
SELECT id, title, department
FROM courses
WHERE id NOT IN (SELECT course_id FROM enrollments)
ORDER BY department, title, id;
