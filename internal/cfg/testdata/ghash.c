#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef struct _GHashTable GHashTable;
typedef struct { void *d1,*d2,*d3; int d4; int d5; void *d6; } GHashTableIter;
typedef unsigned int (*GHashFunc)(const void*);
typedef int (*GEqualFunc)(const void*, const void*);
GHashTable *g_hash_table_new(GHashFunc, GEqualFunc);
int g_hash_table_insert(GHashTable*, void*, void*);
int g_hash_table_remove(GHashTable*, const void*);
void g_hash_table_iter_init(GHashTableIter*, GHashTable*);
int g_hash_table_iter_next(GHashTableIter*, void**, void**);
unsigned int g_str_hash(const void*);
int g_str_equal(const void*, const void*);
int main(void) {
  GHashTable *h = g_hash_table_new(g_str_hash, g_str_equal);
  char line[256];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    if (line[0] == '+') g_hash_table_insert(h, strdup(line+1), (void*)1);
    else if (line[0] == '-') g_hash_table_remove(h, line+1);
    else if (line[0] == '?') { GHashTableIter it; void *k, *v; g_hash_table_iter_init(&it, h); while (g_hash_table_iter_next(&it, &k, &v)) printf("%s ", (char*)k); printf("\n"); }
  }
  return 0;
}
