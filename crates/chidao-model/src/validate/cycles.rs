//! Cycles among agencies (each one's parent) and among agency groups (groups listing groups),
//! found in time linear in the records and links, whatever the shape: a chain of a hundred
//! thousand parents costs what a hundred thousand separate agencies cost.

/// Which nodes lie on a cycle of a graph where every node has at most one successor (an
/// agency's parent).
pub(super) fn on_successor_cycles(next: &[Option<usize>]) -> Vec<bool> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; next.len()];
    let mut on_cycle = vec![false; next.len()];
    let mut path = Vec::new();
    for start in 0..next.len() {
        let mut cur = Some(start);
        while let Some(n) = cur {
            match state[n] {
                NEW => {
                    state[n] = ON_PATH;
                    path.push(n);
                    cur = next[n];
                }
                ON_PATH => {
                    // The path came back to itself: from `n` on, the nodes are a cycle.
                    let from = path.iter().rposition(|&p| p == n).unwrap_or(0);
                    for &p in &path[from..] {
                        on_cycle[p] = true;
                    }
                    break;
                }
                _ => break,
            }
        }
        for p in path.drain(..) {
            state[p] = DONE;
        }
    }
    on_cycle
}

/// The cycles of a directed graph (groups listing groups), one for every link that closes one
/// in a depth-first walk: each is the nodes from the first of the cycle back to it, in order.
/// A node listing itself is a cycle of one.
pub(super) fn cycles(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; edges.len()];
    let mut found = Vec::new();
    // The walk's stack: a node and how many of its links were followed.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..edges.len() {
        if state[root] != NEW {
            continue;
        }
        state[root] = ON_PATH;
        stack.push((root, 0));
        while let Some(&mut (node, ref mut followed)) = stack.last_mut() {
            let Some(&to) = edges[node].get(*followed) else {
                state[node] = DONE;
                stack.pop();
                continue;
            };
            *followed += 1;
            match state[to] {
                NEW => {
                    state[to] = ON_PATH;
                    stack.push((to, 0));
                }
                ON_PATH => {
                    let from = stack.iter().rposition(|&(n, _)| n == to).unwrap_or(0);
                    found.push(stack[from..].iter().map(|&(n, _)| n).collect());
                }
                _ => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_on_a_parent_cycle_are_found_and_those_leading_into_it_are_not() {
        // 0 → 1 → 2 → 1 (a cycle of 1 and 2, reached from 0); 3 → 3; 4 → none.
        let next = [Some(1), Some(2), Some(1), Some(3), None];
        assert_eq!(on_successor_cycles(&next), [false, true, true, true, false]);
    }

    #[test]
    fn a_long_chain_is_walked_once() {
        let n = 200_000;
        let mut next: Vec<Option<usize>> = (1..=n).map(Some).collect();
        next[n - 1] = Some(0);
        assert!(on_successor_cycles(&next).iter().all(|&c| c));
        next[n - 1] = None;
        assert!(on_successor_cycles(&next).iter().all(|&c| !c));
    }

    #[test]
    fn group_cycles_are_found_once_each() {
        // 0 lists itself; 1 → 2 → 3 → 1; 4 → 1 leads into the cycle; 5 lists nothing.
        let edges = vec![vec![0], vec![2], vec![3], vec![1], vec![1], vec![]];
        assert_eq!(cycles(&edges), vec![vec![0], vec![1, 2, 3]]);
        let deep: Vec<Vec<usize>> = (0..100_000).map(|i| vec![i + 1]).chain([vec![]]).collect();
        assert!(cycles(&deep).is_empty());
    }
}
