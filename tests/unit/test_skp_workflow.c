/*
 * test_skp_workflow.c - unit tests for the SKP workflow state machine
 * (domain/skp.h): every state x action x role x period state, the note a
 * return needs, the messages people see, and when the content is editable.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "domain/skp.h"

/* The workflow as the issue describes it, written out independently of
 * skp.c: the only transitions that exist, with who takes them. */
static const struct {
	enum skp_state from;
	enum skp_action action;
	enum skp_role role;
	enum skp_state to;
} allowed[] = {
	{ SKP_DRAFT, SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
	{ SKP_DIKEMBALIKAN, SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
	{ SKP_DIAJUKAN, SKP_WITHDRAW, SKP_ROLE_OWNER, SKP_DRAFT },
	{ SKP_DIAJUKAN, SKP_APPROVE, SKP_ROLE_ASSESSOR, SKP_DISETUJUI },
	{ SKP_DIAJUKAN, SKP_RETURN, SKP_ROLE_ASSESSOR, SKP_DIKEMBALIKAN },
	{ SKP_DISETUJUI, SKP_REVISE, SKP_ROLE_OWNER, SKP_DRAFT },
};
#define N_ALLOWED (sizeof allowed / sizeof allowed[0])

/* Who may take an action at all. */
static enum skp_role actor_of(enum skp_action a)
{
	return a == SKP_APPROVE || a == SKP_RETURN ? SKP_ROLE_ASSESSOR : SKP_ROLE_OWNER;
}

/* The allowed row for (from, action), or -1. */
static int allowed_row(enum skp_state from, enum skp_action a)
{
	for (size_t i = 0; i < N_ALLOWED; i++)
		if (allowed[i].from == from && allowed[i].action == a)
			return (int)i;
	return -1;
}

#define SENTINEL ((enum skp_state)99)

static void test_every_state_action_role_and_period(void **state)
{
	(void)state;
	int n_ok = 0, n_refused = 0;
	for (int f = 0; f < SKP__STATES; f++)
	for (int a = 0; a < SKP__ACTIONS; a++)
	for (int r = SKP_ROLE_OWNER; r <= SKP_ROLE_OTHER; r++)
	for (int p = 0; p < PERIOD__STATES; p++) {
		struct kerr err = KERR_INIT;
		enum skp_state to = SENTINEL;
		int rc = skp_transition((enum skp_state)f, (enum skp_action)a, (enum skp_role)r,
					(enum period_state)p, "Mohon perbaiki target IKI 1", &to,
					&err);
		int row = allowed_row((enum skp_state)f, (enum skp_action)a);
		enum kerr_code want = KERR_OK;
		if ((enum skp_role)r != actor_of((enum skp_action)a))
			want = KERR_FORBIDDEN;
		else if (p != PERIOD_OPEN || row < 0)
			want = KERR_CONFLICT;
		if (want == KERR_OK) {
			assert_int_equal(rc, 0);
			assert_int_equal(err.code, KERR_OK);
			assert_int_equal(to, allowed[row].to);
			assert_int_equal(r, allowed[row].role);
			n_ok++;
		} else {
			assert_int_equal(rc, -1);
			assert_int_equal(err.code, want);
			assert_string_equal(err.field, "aksi");
			assert_true(err.msg[0] != '\0');
			assert_int_equal(to, SENTINEL);   /* *to is left alone */
			n_refused++;
		}
	}
	assert_int_equal(n_ok, (int)N_ALLOWED);
	assert_int_equal(n_ok + n_refused, SKP__STATES * SKP__ACTIONS * 3 * PERIOD__STATES);
}

/* Runs one transition with an open period; returns the error code. */
static enum kerr_code run(enum skp_state from, enum skp_action a, enum skp_role r,
			  const char *note, enum skp_state *to, struct kerr *err)
{
	skp_transition(from, a, r, PERIOD_OPEN, note, to, err);
	return err->code;
}

static void test_owner_submits_draft(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DRAFT, SKP_SUBMIT, SKP_ROLE_OWNER, NULL, &to, &err), KERR_OK);
	assert_int_equal(to, SKP_DIAJUKAN);
}

static void test_owner_resubmits_returned_skp(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DIKEMBALIKAN, SKP_SUBMIT, SKP_ROLE_OWNER, NULL, &to, &err),
			 KERR_OK);
	assert_int_equal(to, SKP_DIAJUKAN);
}

static void test_assessor_approves_submitted_skp(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DIAJUKAN, SKP_APPROVE, SKP_ROLE_ASSESSOR, NULL, &to, &err),
			 KERR_OK);
	assert_int_equal(to, SKP_DISETUJUI);
}

static void test_assessor_returns_with_note(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DIAJUKAN, SKP_RETURN, SKP_ROLE_ASSESSOR,
			     "Target kuantitas terlalu rendah", &to, &err), KERR_OK);
	assert_int_equal(to, SKP_DIKEMBALIKAN);
}

static void test_return_without_note_is_refused_on_note(void **state)
{
	(void)state;
	static const char *const notes[] = { NULL, "", "   ", " \t\r\n " };
	for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
		struct kerr err = KERR_INIT;
		enum skp_state to = SENTINEL;
		assert_int_equal(skp_transition(SKP_DIAJUKAN, SKP_RETURN, SKP_ROLE_ASSESSOR,
						PERIOD_OPEN, notes[i], &to, &err), -1);
		assert_int_equal(err.code, KERR_INVALID);
		assert_string_equal(err.field, "note");
		assert_int_equal(to, SENTINEL);
	}
}

static void test_note_is_not_needed_for_other_actions(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ALLOWED; i++) {
		if (allowed[i].action == SKP_RETURN)
			continue;
		struct kerr err = KERR_INIT;
		enum skp_state to;
		assert_int_equal(run(allowed[i].from, allowed[i].action, allowed[i].role, NULL,
				     &to, &err), KERR_OK);
		assert_int_equal(to, allowed[i].to);
	}
}

static void test_return_in_wrong_state_is_a_conflict_before_the_note(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DISETUJUI, SKP_RETURN, SKP_ROLE_ASSESSOR, NULL, &to, &err),
			 KERR_CONFLICT);
	assert_string_equal(err.field, "aksi");
}

static void test_owner_withdraws_submitted_skp(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DIAJUKAN, SKP_WITHDRAW, SKP_ROLE_OWNER, NULL, &to, &err),
			 KERR_OK);
	assert_int_equal(to, SKP_DRAFT);
}

static void test_owner_starts_a_revision_of_approved_skp(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DISETUJUI, SKP_REVISE, SKP_ROLE_OWNER, NULL, &to, &err),
			 KERR_OK);
	assert_int_equal(to, SKP_DRAFT);
}

static void test_owner_cannot_approve_own_skp(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DIAJUKAN, SKP_APPROVE, SKP_ROLE_OWNER, NULL, &to, &err),
			 KERR_FORBIDDEN);
	assert_string_equal(err.field, "aksi");
	assert_non_null(strstr(err.msg, "pejabat penilai"));
}

static void test_assessor_cannot_submit_for_the_employee(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DRAFT, SKP_SUBMIT, SKP_ROLE_ASSESSOR, NULL, &to, &err),
			 KERR_FORBIDDEN);
	assert_string_equal(err.field, "aksi");
}

static void test_someone_else_is_forbidden_even_in_wrong_state(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(skp_transition(SKP_DISETUJUI, SKP_APPROVE, SKP_ROLE_OTHER, PERIOD_CLOSED,
					NULL, &to, &err), -1);
	assert_int_equal(err.code, KERR_FORBIDDEN);
}

static void test_wrong_state_message_names_the_state(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DISETUJUI, SKP_SUBMIT, SKP_ROLE_OWNER, NULL, &to, &err),
			 KERR_CONFLICT);
	assert_string_equal(err.msg, "SKP berstatus Disetujui; tidak dapat diajukan");
}

static void test_approving_a_draft_is_a_conflict(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	assert_int_equal(run(SKP_DRAFT, SKP_APPROVE, SKP_ROLE_ASSESSOR, NULL, &to, &err),
			 KERR_CONFLICT);
	assert_string_equal(err.msg, "SKP berstatus Draf; tidak dapat disetujui");
}

static void test_locked_period_refuses_every_transition(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_ALLOWED; i++) {
		for (int p = 0; p < PERIOD__STATES; p++) {
			if (p == PERIOD_OPEN)
				continue;
			struct kerr err = KERR_INIT;
			enum skp_state to;
			assert_int_equal(skp_transition(allowed[i].from, allowed[i].action,
							allowed[i].role, (enum period_state)p,
							"catatan", &to, &err), -1);
			assert_int_equal(err.code, KERR_CONFLICT);
			assert_string_equal(err.field, "aksi");
			assert_non_null(strstr(err.msg, period_state_label((enum period_state)p)));
		}
	}
}

static void test_unknown_action_is_invalid(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to = SENTINEL;
	assert_int_equal(skp_transition(SKP_DRAFT, SKP__ACTIONS, SKP_ROLE_OWNER, PERIOD_OPEN, NULL,
					&to, &err), -1);
	assert_int_equal(err.code, KERR_INVALID);
	assert_string_equal(err.field, "aksi");
	assert_int_equal(to, SENTINEL);
}

static void test_first_error_sticks(void **state)
{
	(void)state;
	struct kerr err = KERR_INIT;
	enum skp_state to;
	run(SKP_DRAFT, SKP_APPROVE, SKP_ROLE_OWNER, NULL, &to, &err);
	assert_int_equal(err.code, KERR_FORBIDDEN);
	run(SKP_DISETUJUI, SKP_SUBMIT, SKP_ROLE_OWNER, NULL, &to, &err);
	assert_int_equal(err.code, KERR_FORBIDDEN);
}

/* The story: draft, submit, return with a note, resubmit, approve,
 * then a perubahan SKP that is approved again. */
static void test_whole_cycle_with_return_and_revision(void **state)
{
	(void)state;
	static const struct {
		enum skp_action a;
		enum skp_role r;
		enum skp_state want;
	} steps[] = {
		{ SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
		{ SKP_RETURN, SKP_ROLE_ASSESSOR, SKP_DIKEMBALIKAN },
		{ SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
		{ SKP_APPROVE, SKP_ROLE_ASSESSOR, SKP_DISETUJUI },
		{ SKP_REVISE, SKP_ROLE_OWNER, SKP_DRAFT },
		{ SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
		{ SKP_WITHDRAW, SKP_ROLE_OWNER, SKP_DRAFT },
		{ SKP_SUBMIT, SKP_ROLE_OWNER, SKP_DIAJUKAN },
		{ SKP_APPROVE, SKP_ROLE_ASSESSOR, SKP_DISETUJUI },
	};
	enum skp_state s = SKP_DRAFT;
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		struct kerr err = KERR_INIT;
		assert_int_equal(run(s, steps[i].a, steps[i].r, "Lengkapi bukti dukung", &s, &err),
				 KERR_OK);
		assert_int_equal(s, steps[i].want);
	}
}

static void test_editable_only_in_draft_or_returned_with_period_open(void **state)
{
	(void)state;
	for (int s = 0; s < SKP__STATES; s++) {
		for (int p = 0; p < PERIOD__STATES; p++) {
			int want = p == PERIOD_OPEN && (s == SKP_DRAFT || s == SKP_DIKEMBALIKAN);
			assert_int_equal(skp_editable((enum skp_state)s, (enum period_state)p), want);
		}
	}
}

static void test_state_names_round_trip(void **state)
{
	(void)state;
	static const char *const names[] = { "draft", "diajukan", "disetujui", "dikembalikan" };
	static const char *const labels[] = { "Draf", "Diajukan", "Disetujui", "Dikembalikan" };
	for (int s = 0; s < SKP__STATES; s++) {
		enum skp_state back = SENTINEL;
		assert_string_equal(skp_state_name((enum skp_state)s), names[s]);
		assert_string_equal(skp_state_label((enum skp_state)s), labels[s]);
		assert_int_equal(skp_state_parse(names[s], &back), 0);
		assert_int_equal(back, s);
	}
	enum skp_state out = SENTINEL;
	assert_int_equal(skp_state_parse("Disetujui", &out), -1);
	assert_int_equal(skp_state_parse("", &out), -1);
	assert_int_equal(skp_state_parse(NULL, &out), -1);
	assert_int_equal(out, SENTINEL);
	assert_string_equal(skp_state_name(SKP__STATES), "?");
}

static void test_action_names_round_trip(void **state)
{
	(void)state;
	static const char *const names[] = { "ajukan", "setujui", "kembalikan", "tarik", "ubah" };
	for (int a = 0; a < SKP__ACTIONS; a++) {
		enum skp_action back = SKP__ACTIONS;
		assert_string_equal(skp_action_name((enum skp_action)a), names[a]);
		assert_true(skp_action_label((enum skp_action)a)[0] != '\0');
		assert_int_equal(skp_action_parse(names[a], &back), 0);
		assert_int_equal(back, a);
	}
	enum skp_action out = SKP__ACTIONS;
	assert_int_equal(skp_action_parse("approve", &out), -1);
	assert_int_equal(skp_action_parse(NULL, &out), -1);
	assert_int_equal(out, SKP__ACTIONS);
	assert_string_equal(skp_action_label(SKP_APPROVE), "Setujui");
	assert_string_equal(skp_action_label(SKP_RETURN), "Kembalikan");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_state_action_role_and_period),
		cmocka_unit_test(test_owner_submits_draft),
		cmocka_unit_test(test_owner_resubmits_returned_skp),
		cmocka_unit_test(test_assessor_approves_submitted_skp),
		cmocka_unit_test(test_assessor_returns_with_note),
		cmocka_unit_test(test_return_without_note_is_refused_on_note),
		cmocka_unit_test(test_note_is_not_needed_for_other_actions),
		cmocka_unit_test(test_return_in_wrong_state_is_a_conflict_before_the_note),
		cmocka_unit_test(test_owner_withdraws_submitted_skp),
		cmocka_unit_test(test_owner_starts_a_revision_of_approved_skp),
		cmocka_unit_test(test_owner_cannot_approve_own_skp),
		cmocka_unit_test(test_assessor_cannot_submit_for_the_employee),
		cmocka_unit_test(test_someone_else_is_forbidden_even_in_wrong_state),
		cmocka_unit_test(test_wrong_state_message_names_the_state),
		cmocka_unit_test(test_approving_a_draft_is_a_conflict),
		cmocka_unit_test(test_locked_period_refuses_every_transition),
		cmocka_unit_test(test_unknown_action_is_invalid),
		cmocka_unit_test(test_first_error_sticks),
		cmocka_unit_test(test_whole_cycle_with_return_and_revision),
		cmocka_unit_test(test_editable_only_in_draft_or_returned_with_period_open),
		cmocka_unit_test(test_state_names_round_trip),
		cmocka_unit_test(test_action_names_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
