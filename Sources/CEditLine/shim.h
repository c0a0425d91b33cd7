#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

/* libedit's el_set, el_get and history are C variadic functions, which Swift
   cannot call, and libedit has no va_list variants. Each operation Wick needs
   gets a fixed-signature static inline wrapper here. el_gets, el_line,
   el_insertstr, el_end, history_init and history_end are not variadic and are
   called directly. */

#include <stdio.h>
#include <histedit.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

static inline int cel_set_prompt(EditLine *el, cel_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int cel_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int cel_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int cel_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int cel_add_function(EditLine *el, const char *name,
                                   const char *help, cel_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
static inline int cel_setty(EditLine *el, const char *a, const char *b) {
    return el_set(el, EL_SETTY, a, b, NULL);
}
static inline int cel_prep_term(EditLine *el, int raw) {
    return el_set(el, EL_PREP_TERM, raw);
}
static inline int cel_set_prompt_esc(EditLine *el, cel_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}
/* The function that reads one character for libedit: Wick reads the
   terminal itself so it can see bracketed paste, window resizes and search keys. */
typedef int (*cel_read_fn)(EditLine *, wchar_t *);
static inline int cel_set_getcfn(EditLine *el, cel_read_fn fn) {
    return el_set(el, EL_GETCFN, fn);
}
/* Clears libedit's picture of the screen and draws prompt and line afresh at the cursor. */
static inline int cel_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}
static inline int cel_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int cel_history_setsize(History *h, HistEvent *ev, int size) {
    return history(h, ev, H_SETSIZE, size);
}
static inline int cel_history_setunique(History *h, HistEvent *ev, int on) {
    return history(h, ev, H_SETUNIQUE, on);
}
static inline int cel_history_enter(History *h, HistEvent *ev, const char *line) {
    return history(h, ev, H_ENTER, line);
}
static inline int cel_history_load(History *h, HistEvent *ev, const char *path) {
    return history(h, ev, H_LOAD, path);
}
/* Walks the list from oldest (H_LAST) to newest (H_PREV); NULL at the end. */
static inline const char *cel_history_step(History *h, int first) {
    HistEvent ev;
    if (history(h, &ev, first ? H_LAST : H_PREV) < 0) return NULL;
    return ev.str;
}
static inline int cel_history_save_fp(History *h, HistEvent *ev, FILE *fp) {
    return history(h, ev, H_SAVE_FP, fp);
}

/* Glibc's stdin/stdout/stderr are mutable C globals; Swift 6 rejects every
   reference to them as not concurrency-safe. These accessors sidestep that. */
static inline FILE *cel_stdin(void)  { return stdin; }
static inline FILE *cel_stdout(void) { return stdout; }
static inline FILE *cel_stderr(void) { return stderr; }

#endif
