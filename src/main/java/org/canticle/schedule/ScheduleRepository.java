package org.canticle.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of plan times, needs and assignments. Reads are one statement per kind of row,
 * whatever their number: a plan with 40 assignments reads as one with 2.
 */
@Repository
class ScheduleRepository {

	static final String ASSIGNMENT_COLUMNS = """
			a.id AS assignment_id, a.plan_id, a.position_id, a.position_name, a.profile_id, a.profile_name, a.status,
			a.decline_reason, a.responded_at, a.created_at AS assigned_at""";

	private final JdbcClient jdbc;

	ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan's own fields that scheduling shows. */
	record PlanHead(long id, LocalDate date, String title, Long leaderId, String leaderName, String leaderEmail) {
	}

	Optional<PlanHead> plan(long planId) {
		return jdbc.sql("""
				SELECT p.id, p.plan_date, p.title, p.leader_id, l.name AS leader_name, l.email AS leader_email
				FROM plan p LEFT JOIN profile l ON l.id = p.leader_id WHERE p.id = :id""")
			.param("id", planId)
			.query((rs, n) -> new PlanHead(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class),
					rs.getString("title"), rs.getObject("leader_id", Long.class), rs.getString("leader_name"),
					rs.getString("leader_email")))
			.optional();
	}

	List<PlanTime> times(long planId) {
		return jdbc
			.sql("SELECT id, plan_id, kind, starts_at, ends_at FROM plan_time WHERE plan_id = :plan"
					+ " ORDER BY starts_at, id")
			.param("plan", planId)
			.query(ScheduleRepository::time)
			.list();
	}

	/** The times of every plan dated in the range: one statement. */
	List<PlanTime> timesBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT t.id, t.plan_id, t.kind, t.starts_at, t.ends_at FROM plan_time t JOIN plan p ON p.id = t.plan_id
				WHERE p.plan_date BETWEEN :from AND :to ORDER BY t.starts_at, t.id""")
			.param("from", from)
			.param("to", to)
			.query(ScheduleRepository::time)
			.list();
	}

	List<PlanNeed> needs(long planId) {
		return jdbc.sql("""
				SELECT n.position_id, t.name AS team_name, p.name AS position_name, n.needed
				FROM plan_need n JOIN team_position p ON p.id = n.position_id JOIN team t ON t.id = p.team_id
				WHERE n.plan_id = :plan ORDER BY t.name, p.name, p.id""")
			.param("plan", planId)
			.query((rs, n) -> need(rs))
			.list();
	}

	record PlanNeedRow(long planId, PlanNeed need) {
	}

	List<PlanNeedRow> needsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT n.plan_id, n.position_id, t.name AS team_name, p.name AS position_name, n.needed
				FROM plan_need n JOIN team_position p ON p.id = n.position_id JOIN team t ON t.id = p.team_id
				JOIN plan pl ON pl.id = n.plan_id
				WHERE pl.plan_date BETWEEN :from AND :to ORDER BY t.name, p.name, p.id""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new PlanNeedRow(rs.getLong("plan_id"), need(rs)))
			.list();
	}

	List<Assignment> assignments(long planId) {
		return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + " FROM assignment a WHERE a.plan_id = :plan ORDER BY a.id")
			.param("plan", planId)
			.query((rs, n) -> assignment(rs))
			.list();
	}

	List<Assignment> assignmentsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + """
				 FROM assignment a JOIN plan p ON p.id = a.plan_id
				WHERE p.plan_date BETWEEN :from AND :to ORDER BY a.id""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> assignment(rs))
			.list();
	}

	record PlanRow(long id, LocalDate date, String title) {
	}

	List<PlanRow> plansBetween(LocalDate from, LocalDate to, int limit) {
		return jdbc
			.sql("SELECT id, plan_date, title FROM plan WHERE plan_date BETWEEN :from AND :to"
					+ " ORDER BY plan_date, id LIMIT :limit")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new PlanRow(rs.getLong("id"), rs.getObject("plan_date", LocalDate.class),
					rs.getString("title")))
			.list();
	}

	long insertTime(long planId, TimeKind kind, Instant startsAt, Instant endsAt) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO plan_time (plan_id, kind, starts_at, ends_at) VALUES (:plan, :kind, :starts, :ends)")
			.param("plan", planId)
			.param("kind", kind.name())
			.param("starts", at(startsAt))
			.param("ends", at(endsAt))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	boolean deleteTime(long planId, long timeId) {
		return jdbc.sql("DELETE FROM plan_time WHERE plan_id = :plan AND id = :id")
			.param("plan", planId)
			.param("id", timeId)
			.update() > 0;
	}

	void setNeed(long planId, long positionId, int needed) {
		removeNeed(planId, positionId);
		jdbc.sql("INSERT INTO plan_need (plan_id, position_id, needed) VALUES (:plan, :position, :needed)")
			.param("plan", planId)
			.param("position", positionId)
			.param("needed", needed)
			.update();
	}

	boolean removeNeed(long planId, long positionId) {
		return jdbc.sql("DELETE FROM plan_need WHERE plan_id = :plan AND position_id = :position")
			.param("plan", planId)
			.param("position", positionId)
			.update() > 0;
	}

	void clearNeeds(long planId) {
		jdbc.sql("DELETE FROM plan_need WHERE plan_id = :plan").param("plan", planId).update();
	}

	/** A profile as scheduling needs it. */
	record Person(long id, String name, String email) {
	}

	Optional<Person> person(long profileId) {
		return jdbc.sql("SELECT id, name, email FROM profile WHERE id = :id")
			.param("id", profileId)
			.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
			.optional();
	}

	long insertAssignment(long planId, long positionId, String positionName, Person person, String nonce, Instant now,
			Long actor) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO assignment (plan_id, position_id, position_name, profile_id, profile_name, status,
				                        response_nonce, created_at, created_by)
				VALUES (:plan, :position, :positionName, :profile, :profileName, 'PENDING', :nonce, :now, :actor)""")
			.param("plan", planId)
			.param("position", positionId)
			.param("positionName", positionName)
			.param("profile", person.id())
			.param("profileName", person.name())
			.param("nonce", nonce)
			.param("now", at(now))
			.param("actor", actor)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	boolean deleteAssignment(long planId, long id) {
		return jdbc.sql("DELETE FROM assignment WHERE plan_id = :plan AND id = :id")
			.param("plan", planId)
			.param("id", id)
			.update() > 0;
	}

	/** An assignment with what its emails and pages show about it. */
	record AssignmentRead(Assignment assignment, PlanHead plan, String profileEmail, String nonce,
			String schedulerEmail) {
	}

	Optional<AssignmentRead> assignment(long id) {
		return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + """
				, a.response_nonce, pr.email AS profile_email, u.email AS scheduler_email,
				  p.plan_date, p.title, p.leader_id, l.name AS leader_name, l.email AS leader_email
				FROM assignment a JOIN plan p ON p.id = a.plan_id
				LEFT JOIN profile pr ON pr.id = a.profile_id
				LEFT JOIN profile l ON l.id = p.leader_id
				LEFT JOIN app_user u ON u.id = a.created_by
				WHERE a.id = :id""")
			.param("id", id)
			.query((rs, n) -> new AssignmentRead(assignment(rs),
					new PlanHead(rs.getLong("plan_id"), rs.getObject("plan_date", LocalDate.class),
							rs.getString("title"), rs.getObject("leader_id", Long.class), rs.getString("leader_name"),
							rs.getString("leader_email")),
					rs.getString("profile_email"), rs.getString("response_nonce"), rs.getString("scheduler_email")))
			.optional();
	}

	/**
	 * Records an answer; with {@code nonce}, only while the links carrying it are the
	 * current ones (a link works once). The nonce is replaced, so the answered links stop
	 * working.
	 */
	boolean respond(long id, String nonce, AssignmentStatus status, String reason, Instant now, String newNonce) {
		return jdbc
			.sql("""
					UPDATE assignment SET status = :status, decline_reason = :reason, responded_at = :now,
					                      response_nonce = :newNonce
					WHERE id = :id AND profile_id IS NOT NULL AND (CAST(:nonce AS VARCHAR(32)) IS NULL OR response_nonce = :nonce)""")
			.param("status", status.name())
			.param("reason", reason)
			.param("now", at(now))
			.param("newNonce", newNonce)
			.param("id", id)
			.param("nonce", nonce)
			.update() > 0;
	}

	/** Someone's other assignments (not declined) on plans dated on one of these days. */
	record Booking(long assignmentId, long planId, String planTitle, LocalDate date, String positionName) {
	}

	List<Booking> bookings(long profileId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT a.id, a.plan_id, p.title, p.plan_date, a.position_name FROM assignment a
				JOIN plan p ON p.id = a.plan_id
				WHERE a.profile_id = :profile AND a.status <> 'DECLINED' AND p.plan_date BETWEEN :from AND :to
				ORDER BY p.plan_date, a.id""")
			.param("profile", profileId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Booking(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
					rs.getObject("plan_date", LocalDate.class), rs.getString("position_name")))
			.list();
	}

	/** Everyone's assignments (not declined) on plans dated on a day, for the picker. */
	record DayBooking(long profileId, Booking booking) {
	}

	List<DayBooking> bookingsOn(LocalDate day) {
		return jdbc.sql("""
				SELECT a.id, a.profile_id, a.plan_id, p.title, p.plan_date, a.position_name FROM assignment a
				JOIN plan p ON p.id = a.plan_id
				WHERE a.profile_id IS NOT NULL AND a.status <> 'DECLINED' AND p.plan_date = :day ORDER BY a.id""")
			.param("day", day)
			.query((rs, n) -> new DayBooking(rs.getLong("profile_id"),
					new Booking(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
							rs.getObject("plan_date", LocalDate.class), rs.getString("position_name"))))
			.list();
	}

	/** The times of the plans someone is booked on in a date range. */
	List<PlanTime> timesOfBookings(long profileId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT t.id, t.plan_id, t.kind, t.starts_at, t.ends_at FROM plan_time t
				WHERE t.plan_id IN (SELECT a.plan_id FROM assignment a JOIN plan p ON p.id = a.plan_id
				                    WHERE a.profile_id = :profile AND a.status <> 'DECLINED'
				                      AND p.plan_date BETWEEN :from AND :to)
				ORDER BY t.starts_at""")
			.param("profile", profileId)
			.param("from", from)
			.param("to", to)
			.query(ScheduleRepository::time)
			.list();
	}

	/**
	 * A person the picker offers, with whether they play the position and when they last
	 * served.
	 */
	record CandidateRow(long profileId, String name, String email, boolean plays, LocalDate lastServed) {
	}

	List<CandidateRow> candidates(long positionId, LocalDate before, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.name, p.email,
				       CASE WHEN EXISTS (SELECT 1 FROM profile_position pp
				                         WHERE pp.profile_id = p.id AND pp.position_id = :position)
				            THEN 1 ELSE 0 END AS plays,
				       (SELECT MAX(pl.plan_date) FROM assignment a JOIN plan pl ON pl.id = a.plan_id
				        WHERE a.profile_id = p.id AND a.status = 'ACCEPTED' AND pl.plan_date < :before) AS last_served
				FROM profile p
				ORDER BY plays DESC, p.name, p.id
				LIMIT :limit""")
			.param("position", positionId)
			.param("before", before)
			.param("limit", limit)
			.query((rs, n) -> new CandidateRow(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					rs.getInt("plays") == 1, rs.getObject("last_served", LocalDate.class)))
			.list();
	}

	/**
	 * The blockouts that may cover a day (repeats are checked by
	 * {@link Blockout#covers}).
	 */
	List<Blockout> blockoutsAround(LocalDate from, LocalDate to, Long profileId) {
		return jdbc.sql("""
				SELECT b.id, b.profile_id, pr.name AS profile_name, b.starts_on, b.ends_on, b.repeat_until, b.reason
				FROM blockout b JOIN profile pr ON pr.id = b.profile_id
				WHERE b.starts_on <= :to AND COALESCE(b.repeat_until, b.ends_on) >= :from
				  AND (CAST(:profile AS BIGINT) IS NULL OR b.profile_id = :profile)
				ORDER BY b.starts_on, b.id""")
			.param("from", from)
			.param("to", to)
			.param("profile", profileId)
			.query((rs, n) -> blockout(rs))
			.list();
	}

	List<Blockout> blockoutsOf(long profileId, LocalDate from, int limit) {
		return jdbc.sql("""
				SELECT b.id, b.profile_id, pr.name AS profile_name, b.starts_on, b.ends_on, b.repeat_until, b.reason
				FROM blockout b JOIN profile pr ON pr.id = b.profile_id
				WHERE b.profile_id = :profile AND COALESCE(b.repeat_until, b.ends_on) >= :from
				ORDER BY b.starts_on, b.id LIMIT :limit""")
			.param("profile", profileId)
			.param("from", from)
			.param("limit", limit)
			.query((rs, n) -> blockout(rs))
			.list();
	}

	long insertBlockout(long profileId, LocalDate startsOn, LocalDate endsOn, LocalDate repeatUntil, String reason,
			Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO blockout (profile_id, starts_on, ends_on, repeat_until, reason, created_at)
				VALUES (:profile, :starts, :ends, :repeat, :reason, :now)""")
			.param("profile", profileId)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("repeat", repeatUntil)
			.param("reason", reason)
			.param("now", at(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	boolean deleteBlockout(long profileId, long id) {
		return jdbc.sql("DELETE FROM blockout WHERE profile_id = :profile AND id = :id")
			.param("profile", profileId)
			.param("id", id)
			.update() > 0;
	}

	/** One of someone's assignments with its plan, for My schedule. */
	record MyAssignment(Assignment assignment, LocalDate date, String planTitle) {
	}

	List<MyAssignment> assignmentsOf(long profileId, LocalDate from, int limit) {
		return jdbc.sql("SELECT " + ASSIGNMENT_COLUMNS + """
				, p.plan_date, p.title FROM assignment a JOIN plan p ON p.id = a.plan_id
				WHERE a.profile_id = :profile AND p.plan_date >= :from
				ORDER BY p.plan_date, a.plan_id, a.id LIMIT :limit""")
			.param("profile", profileId)
			.param("from", from)
			.param("limit", limit)
			.query((rs, n) -> new MyAssignment(assignment(rs), rs.getObject("plan_date", LocalDate.class),
					rs.getString("title")))
			.list();
	}

	/** The times of the plans someone is asked to serve on from a date: one statement. */
	List<PlanTime> timesOfAssignments(long profileId, LocalDate from) {
		return jdbc.sql("""
				SELECT t.id, t.plan_id, t.kind, t.starts_at, t.ends_at FROM plan_time t
				WHERE t.plan_id IN (SELECT a.plan_id FROM assignment a JOIN plan p ON p.id = a.plan_id
				                    WHERE a.profile_id = :profile AND p.plan_date >= :from)
				ORDER BY t.starts_at, t.id""")
			.param("profile", profileId)
			.param("from", from)
			.query(ScheduleRepository::time)
			.list();
	}

	/** Assignments due a reminder, locked so that one instance reminds each once. */
	List<Long> lockDueReminders(LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				SELECT a.id FROM assignment a
				WHERE a.reminded_at IS NULL AND a.status <> 'DECLINED' AND a.profile_id IS NOT NULL
				  AND a.plan_id IN (SELECT p.id FROM plan p WHERE p.plan_date BETWEEN :from AND :to)
				ORDER BY a.id LIMIT :limit
				FOR UPDATE SKIP LOCKED""")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	void markReminded(long id, Instant now) {
		jdbc.sql("UPDATE assignment SET reminded_at = :now WHERE id = :id")
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	Optional<String> signingKey() {
		return jdbc.sql("SELECT secret FROM signing_key WHERE id = 1").query(String.class).optional();
	}

	void insertSigningKey(String secret) {
		jdbc.sql("INSERT INTO signing_key (id, secret) VALUES (1, :secret)").param("secret", secret).update();
	}

	Optional<String> feedToken(long profileId) {
		return jdbc.sql("SELECT token FROM personal_feed WHERE profile_id = :profile")
			.param("profile", profileId)
			.query(String.class)
			.optional();
	}

	/** Makes or replaces someone's feed token. */
	void saveFeedToken(long profileId, String token, Instant now) {
		jdbc.sql("DELETE FROM personal_feed WHERE profile_id = :profile").param("profile", profileId).update();
		jdbc.sql("INSERT INTO personal_feed (profile_id, token, created_at) VALUES (:profile, :token, :now)")
			.param("profile", profileId)
			.param("token", token)
			.param("now", at(now))
			.update();
	}

	record FeedOwner(long profileId, String name) {
	}

	Optional<FeedOwner> feedOwner(String token) {
		return jdbc.sql("""
				SELECT f.profile_id, p.name FROM personal_feed f JOIN profile p ON p.id = f.profile_id
				WHERE f.token = :token""")
			.param("token", token)
			.query((rs, n) -> new FeedOwner(rs.getLong("profile_id"), rs.getString("name")))
			.optional();
	}

	private static PlanTime time(ResultSet rs, int row) throws SQLException {
		return new PlanTime(rs.getLong("id"), rs.getLong("plan_id"), TimeKind.valueOf(rs.getString("kind")),
				instant(rs, "starts_at"), instant(rs, "ends_at"));
	}

	private static PlanNeed need(ResultSet rs) throws SQLException {
		return new PlanNeed(rs.getLong("position_id"), rs.getString("team_name"), rs.getString("position_name"),
				rs.getInt("needed"));
	}

	static Assignment assignment(ResultSet rs) throws SQLException {
		return new Assignment(rs.getLong("assignment_id"), rs.getLong("plan_id"),
				rs.getObject("position_id", Long.class), rs.getString("position_name"),
				rs.getObject("profile_id", Long.class), rs.getString("profile_name"),
				AssignmentStatus.valueOf(rs.getString("status")), rs.getString("decline_reason"),
				instant(rs, "responded_at"), instant(rs, "assigned_at"));
	}

	private static Blockout blockout(ResultSet rs) throws SQLException {
		return new Blockout(rs.getLong("id"), rs.getLong("profile_id"), rs.getString("profile_name"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getObject("repeat_until", LocalDate.class), rs.getString("reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
