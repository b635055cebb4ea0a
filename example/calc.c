/* An RPN calculator: the bundled example program whose test suite xcover measures.
 * Usage: calc TOKEN...   e.g. calc 2 3 + 4 *   prints 20 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STACK_MAX 64
static double stack[STACK_MAX];
static int depth;

static void fail(const char *what) {
	fprintf(stderr, "calc: %s\n", what);
	exit(2);
}

void push(double v) {
	if (depth == STACK_MAX) fail("stack overflow");
	stack[depth++] = v;
}

double pop(void) {
	if (depth == 0) fail("stack underflow");
	return stack[--depth];
}

double op_add(double a, double b) { return a + b; }
double op_sub(double a, double b) { return a - b; }
double op_mul(double a, double b) { return a * b; }
double op_div(double a, double b) {
	if (b == 0) fail("division by zero");
	return a / b;
}
double op_pow(double a, double b) { return pow(a, b); }
double op_mod(double a, double b) {
	if (b == 0) fail("modulo by zero");
	return fmod(a, b);
}

void op_dup(void) {
	double v = pop();
	push(v);
	push(v);
}

void op_swap(void) {
	double b = pop(), a = pop();
	push(b);
	push(a);
}

int parse_number(const char *token, double *out) {
	char *end;
	*out = strtod(token, &end);
	return *token != '\0' && *end == '\0';
}

void apply(const char *token) {
	double number;
	if (parse_number(token, &number)) {
		push(number);
		return;
	}
	if (!strcmp(token, "dup")) return op_dup();
	if (!strcmp(token, "swap")) return op_swap();
	double b = pop(), a = pop();
	switch (token[0]) {
	case '+': push(op_add(a, b)); break;
	case '-': push(op_sub(a, b)); break;
	case 'x':
	case '*': push(op_mul(a, b)); break;
	case '/': push(op_div(a, b)); break;
	case '^': push(op_pow(a, b)); break;
	case '%': push(op_mod(a, b)); break;
	default: fail("unknown operator");
	}
}

void print_result(double v) {
	if (v == (long long)v) printf("%lld\n", (long long)v);
	else printf("%g\n", v);
}

int main(int argc, char **argv) {
	for (int i = 1; i < argc; i++) apply(argv[i]);
	if (depth != 1) fail("expected exactly one result");
	print_result(pop());
	return 0;
}
